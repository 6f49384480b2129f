using System;
using ConferenceGen.Runtime.Webhooks;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace ConferenceGen.Ed25519;

/// <summary>
/// Ed25519 verification (RFC 8032) on BouncyCastle, for <see cref="TelnyxSignatureVerifier"/>:
/// <c>new TelnyxSignatureVerifier(Ed25519Verifier.Instance, new[] { publicKey })</c>.
/// </summary>
public sealed class Ed25519Verifier : IEd25519Verifier
{
    private Ed25519Verifier()
    {
    }

    /// <summary>The one instance; it holds no state.</summary>
    public static Ed25519Verifier Instance { get; } = new();

    /// <inheritdoc />
    public bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != Ed25519PublicKeyParameters.KeySize || signature.Length != Ed25519PublicKeyParameters.KeySize * 2)
        {
            return false;
        }

        var signer = new Ed25519Signer();
        signer.Init(false, new Ed25519PublicKeyParameters(publicKey.ToArray(), 0));
        var bytes = message.ToArray();
        signer.BlockUpdate(bytes, 0, bytes.Length);
        return signer.VerifySignature(signature.ToArray());
    }
}
