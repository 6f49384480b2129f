namespace ConferenceGen.Runtime.Http;

/// <summary>Where an API key is sent.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public enum ApiKeyLocation
{
    /// <summary>A request header.</summary>
    Header,

    /// <summary>A query parameter.</summary>
    Query,

    /// <summary>A cookie.</summary>
    Cookie,
}
