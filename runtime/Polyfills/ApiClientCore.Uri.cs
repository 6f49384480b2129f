using System;

namespace ConferenceGen.Runtime.Http;

public sealed partial class ApiClientCore
{
    // .NET Framework and .NET Core 2.x keep escaped dots and slashes in a path (%2E%2E, %2F stay as they are, see
    // docs/wire.md); UriCreationOptions, which says so explicitly on .NET 8, does not exist in netstandard2.0.
    private static Uri ExactUri(string text) => new(text);
}
