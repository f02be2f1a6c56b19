"""Checking an image before anything draws it: header first, then a full decode.

A persona photo (or a poster logo) comes from a shared file; a hostile one can claim
billions of pixels and exhaust memory in whichever decoder meets it first. We read the
header ourselves and refuse anything that is not a plausible PNG or JPEG of bounded
size; only then is it decoded completely (Pillow, the decoder reportlab uses too), so
a valid header on a corrupt body is refused when the file is validated, with a
message, instead of crashing an export later.
"""

from __future__ import annotations

import io
import struct
from functools import lru_cache

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_PHOTO_SIDE = 8192
MAX_PHOTO_PIXELS = 16_000_000


class ImageError(ValueError):
    """The bytes are not an image we accept."""


def image_type(data: bytes) -> str:
    """The media type the bytes really are (by magic number), or raise."""
    if data.startswith(PNG_MAGIC):
        return "image/png"
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    raise ImageError("not a PNG or JPEG image")


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageError("PNG header is damaged")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int]:
    pos = 2
    end = len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            raise ImageError("JPEG structure is damaged")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2:
            raise ImageError("JPEG segment length is invalid")
        if marker in _SOF_MARKERS:
            if pos + 9 > end:
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        pos += 2 + length
    raise ImageError("JPEG has no frame header")


def image_size(data: bytes) -> tuple[int, int]:
    """(width, height) in pixels as the header states it."""
    kind = image_type(data)
    return _png_size(data) if kind == "image/png" else _jpeg_size(data)


def check_photo(data: bytes) -> str:
    """Validate a persona photo; return its media type or raise ImageError."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ImageError(
            f"photo is {len(data) / 1048576:.1f} MiB; the limit is {MAX_PHOTO_BYTES // 1048576} MiB"
        )
    kind = image_type(data)
    width, height = image_size(data)
    if width == 0 or height == 0:
        raise ImageError("photo has no pixels")
    if width > MAX_PHOTO_SIDE or height > MAX_PHOTO_SIDE or width * height > MAX_PHOTO_PIXELS:
        raise ImageError(
            f"photo claims {width}×{height} pixels ({width * height / 1e6:.0f} megapixels); "
            f"the limit is {MAX_PHOTO_SIDE} px a side and {MAX_PHOTO_PIXELS // 1_000_000} megapixels"
        )
    problem = _decode_problem(data, kind, width, height)
    if problem:
        raise ImageError(problem)
    return kind


@lru_cache(maxsize=64)
def _decode_problem(data: bytes, kind: str, width: int, height: int) -> str:
    """Decode every pixel; '' if the image is whole, else what is wrong (cached: backends re-check)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data), formats=["PNG" if kind == "image/png" else "JPEG"]) as image:
            if image.size != (width, height):
                return "photo header and image data disagree about its size"
            image.load()
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError, struct.error, EOFError) as error:
        return f"photo data is damaged ({str(error)[:80] or type(error).__name__})"
    except Image.DecompressionBombError:
        return "photo is too large to decode"
    return ""
