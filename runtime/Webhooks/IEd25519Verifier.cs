using System;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Ed25519 signature verification (RFC 8032). No .NET target has it built in, so the runtime takes it from outside:
/// the <c>ConferenceGen.Ed25519</c> package implements it, and only projects that check Telnyx webhooks reference it.
/// </summary>
public interface IEd25519Verifier
{
    /// <summary>Whether <paramref name="signature"/> (64 bytes) is a valid signature of <paramref name="message"/> under <paramref name="publicKey"/> (32 bytes).</summary>
    bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature);
}
