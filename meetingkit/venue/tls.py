"""The relay's TLS: a self-signed certificate kept in the event file, pinned by its fingerprint in the join code.

Venue Wi-Fi is shared with strangers; without TLS the secret and every note would cross it in clear text.
No certificate authority vouches for a laptop at a venue, so the join code carries the certificate's SHA-256
and the client trusts exactly that certificate: it fetches it first, compares the fingerprint, and only then
opens the real connection that sends the secret, verifying against that one certificate.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import os
import ssl
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


class CertificateMismatch(Exception):
    """The relay presented another certificate than the join code names."""


def make_certificate() -> tuple[str, str]:
    """A new self-signed certificate and its key (PEM), valid for ten years: the relay's identity."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "meetingkit relay")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        # A trust anchor of its own: the client verifies the chain against this one certificate.
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    return cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem


def fingerprint_der(der: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(der).digest()).decode().rstrip("=")


def fingerprint(cert_pem: str) -> str:
    return fingerprint_der(ssl.PEM_cert_to_DER_cert(cert_pem))


def server_context(cert_pem: str, key_pem: str) -> ssl.SSLContext:
    """The relay's context. ssl loads a key only from a file: a private temporary folder holds it for the
    moment of loading, then it is removed (the relay writes nothing else outside its event file)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    with tempfile.TemporaryDirectory(prefix="meetingkit-relay-") as folder:
        path = Path(folder) / "relay.pem"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key_pem + cert_pem)
        context.load_cert_chain(path)
    return context


async def pinned_context(host: str, port: int, expected: str, timeout: float) -> ssl.SSLContext:
    """A client context that trusts only the relay's certificate, once its fingerprint matched the code."""
    probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    probe.check_hostname = False
    probe.verify_mode = ssl.CERT_NONE  # only to read the certificate; nothing is sent on this connection
    _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port, ssl=probe), timeout)
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
    finally:
        writer.close()
        try:
            await writer.wait_closed()
        except (OSError, ssl.SSLError):
            pass
    if not der or fingerprint_der(der) != expected:
        raise CertificateMismatch()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False  # a laptop at a venue has no name a certificate could hold
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=ssl.DER_cert_to_PEM_cert(der))
    return context
