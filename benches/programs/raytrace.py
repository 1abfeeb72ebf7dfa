# A small recursive ray tracer.  The scene has three spheres (one mirror-like)
# over a checkered ground plane, lit by two point lights.  Shading is Phong
# style: ambient + Lambert diffuse + a specular highlight, with shadow rays
# toward each light and reflections traced up to a fixed depth.  Each frame
# renders a WIDTH x HEIGHT image from a slightly different camera position;
# pixel colours are quantized to 0..255 and folded into a checksum.  FRAMES
# scales the work linearly.
# Usage: raytrace.py [FRAMES] [WIDTH] [HEIGHT]   (defaults: FRAMES=28, 80x60)
# bench-args: 28
# bench-half: 14
# bench-check: 1 12 9
import sys
import math

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def times(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def __repr__(self):
        return f"Vector({self.x:.4f}, {self.y:.4f}, {self.z:.4f})"


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return self.checker


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                  Material(Vector(0.9, 0.9, 0.9), 0.8, 0.1, 0.15, Vector(0.15, 0.15, 0.2))),
            Sphere(Vector(0.0, 1.0, 0.0), 1.0,
                   Material(Vector(0.2, 0.3, 0.9), 0.6, 0.8, 0.45)),
            Sphere(Vector(-2.1, 0.7, 1.2), 0.7,
                   Material(Vector(0.9, 0.25, 0.2), 0.9, 0.3, 0.1)),
            Sphere(Vector(1.8, 0.5, 1.5), 0.5,
                   Material(Vector(0.3, 0.85, 0.35), 0.8, 0.6, 0.25)),
        ]
        self.lights = [
            Light(Vector(-4.0, 6.0, 5.0), Vector(0.9, 0.85, 0.8)),
            Light(Vector(5.0, 4.0, 3.0), Vector(0.3, 0.35, 0.45)),
        ]
        self.ambient = 0.08

    def closest_hit(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.closest_hit(ray)
        if obj is None:
            # sky: a vertical gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.55, 0.7, 0.95) * k + Vector(0.1, 0.1, 0.15) * (1.0 - k)
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = obj.material
        base = mat.color_at(point)
        color = base * self.ambient
        view = -ray.direction
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert <= 0.0:
                continue
            color = color + base.times(light.color) * (mat.diffuse * lambert)
            half = (to_light + view).normalized()
            s = max(0.0, normal.dot(half))
            for _ in range(5):  # s ** 32 by repeated squaring
                s *= s
            color = color + light.color * (mat.specular * s)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            d = ray.direction
            bounce = d - normal * (2.0 * d.dot(normal))
            reflected = self.trace(Ray(point, bounce), depth + 1)
            color = color * (1.0 - mat.reflect) + reflected * mat.reflect
        return color


class Camera:
    def __init__(self, eye, target, width, height, fov_scale):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (target - eye).normalized()
        right = forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
        up = right.cross(forward)
        aspect = width / height
        self.forward = forward
        self.right = right * (fov_scale * aspect)
        self.up = up * fov_scale

    def ray_for(self, px, py):
        sx = (px + 0.5) / self.width * 2.0 - 1.0
        sy = 1.0 - (py + 0.5) / self.height * 2.0
        direction = (self.forward + self.right * sx + self.up * sy).normalized()
        return Ray(self.eye, direction)


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def render(scene, camera):
    pixels = []
    for py in range(camera.height):
        row = []
        for px in range(camera.width):
            c = scene.trace(camera.ray_for(px, py), 0)
            row.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
        pixels.append(row)
    return pixels


def main():
    frames = int(sys.argv[1]) if len(sys.argv) > 1 else 28
    width = int(sys.argv[2]) if len(sys.argv) > 2 else 80
    height = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    scene = Scene()
    checksum = 0
    totals = [0, 0, 0]
    brightest = (0, None)
    for f in range(frames):
        eye = Vector(-1.2 + 0.3 * (f % 9), 2.2, 7.0 - 0.1 * (f % 5))
        camera = Camera(eye, Vector(0.0, 0.8, 0.0), width, height, 0.6)
        pixels = render(scene, camera)
        for y, row in enumerate(pixels):
            for x, (r, g, b) in enumerate(row):
                totals[0] += r
                totals[1] += g
                totals[2] += b
                checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 1000000007
                if r + g + b > brightest[0]:
                    brightest = (r + g + b, (f, x, y))
    n = frames * width * height
    print(f"frames: {frames}, image {width}x{height}")
    print(f"mean colour: {totals[0] / n:.4f} {totals[1] / n:.4f} {totals[2] / n:.4f}")
    print(f"brightest pixel: {brightest[0]} at frame/x/y {brightest[1]}")
    print(f"checksum: {checksum}")


main()
