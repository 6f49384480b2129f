using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// A secret a client adds to its requests. Subclasses keep the secret private: it never appears in
/// <see cref="ToString"/>, in exception messages or in logs.
/// </summary>
public abstract class ApiCredentials
{
    /// <summary>Adds the credentials to a request (asynchronously, so that a token can be fetched or refreshed).</summary>
    protected internal abstract ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>The kind of credentials, never the secret.</summary>
    public sealed override string ToString() => $"{GetType().Name} (redacted)";
}
