using System.Net.Http;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// A secret a client adds to its requests. Subclasses keep the secret private: it never appears in
/// <see cref="ToString"/>, in exception messages or in logs.
/// </summary>
public abstract class ApiCredentials
{
    /// <summary>Adds the credentials to a request.</summary>
    protected internal abstract void Apply(HttpRequestMessage request);

    /// <summary>The kind of credentials, never the secret.</summary>
    public sealed override string ToString() => $"{GetType().Name} (redacted)";
}
