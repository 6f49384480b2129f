using System;
using System.Linq;
using System.Text;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>
/// Checks the HTTP Basic credentials a vendor sends with its callbacks, as Bandwidth does with the user name and
/// password configured on the callback (<c>callbackUsername</c>/<c>callbackPassword</c> and the like). Any of the
/// credentials given is accepted, so a password can be changed without refusing the callbacks already on their way.
/// </summary>
public sealed class BasicAuthWebhookVerifier : IWebhookSignatureVerifier
{
    private readonly byte[][] _expected;

    /// <summary>A verifier that accepts any of <paramref name="credentials"/>.</summary>
    public BasicAuthWebhookVerifier(params Http.BasicCredentials[] credentials)
    {
        Guard.NotNull(credentials);
        _expected = credentials.Select(c => c is null ? throw new ArgumentException("Credentials cannot be null.", nameof(credentials)) : Encoding.ASCII.GetBytes(c.Parameter)).ToArray();
        if (_expected.Length == 0)
        {
            throw new ArgumentException("At least one user name and password are needed.", nameof(credentials));
        }
    }

    /// <inheritdoc />
    public WebhookVerification Verify(WebhookRequest request)
    {
        Guard.NotNull(request);
        var header = request.Header("Authorization")?.Trim();
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return WebhookVerification.Failed("the request has no Basic credentials");
        }

        var given = Encoding.ASCII.GetBytes(header.Substring(6).Trim());
        var matched = false;
        foreach (var expected in _expected)
        {
            // Every entry is compared, so timing does not tell which one matched.
            matched |= FixedTime.Equal(given, expected);
        }

        return matched ? WebhookVerification.Valid : WebhookVerification.Failed("the credentials match none of those configured");
    }
}
