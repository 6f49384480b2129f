using System;

namespace ConferenceGen.Runtime.Http;

public sealed partial class ApiClientCore
{
    // The path was escaped segment by segment already; canonicalisation would unescape %2E%2E and remove the segment.
    private static Uri ExactUri(string text) => new(text, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
}
