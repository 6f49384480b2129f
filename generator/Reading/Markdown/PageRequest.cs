using System;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>
/// What a reference page's front matter (or its item's metadata) says of the request, where the page itself does
/// not: a docs site's page often shows parameters but no request line, or a path without its server.
/// </summary>
/// <param name="Method">The HTTP method (POST), upper case.</param>
/// <param name="Path">The path, with its <c>{placeholders}</c> (/accounts/{id}).</param>
/// <param name="Server">The server URL the path is under (https://api.example.com/v1).</param>
/// <param name="MediaType">The request body's media type (application/x-www-form-urlencoded).</param>
/// <param name="Auth">How requests authenticate: basic or bearer.</param>
internal sealed record PageRequest(string? Method = null, string? Path = null, string? Server = null, string? MediaType = null, string? Auth = null)
{
    public static readonly PageRequest None = new();

    /// <summary>Each value of <paramref name="over"/> that is set replaces this one's.</summary>
    public PageRequest With(PageRequest? over) => over is null ? this : new PageRequest(
        over.Method ?? Method, over.Path ?? Path, over.Server ?? Server, over.MediaType ?? MediaType, over.Auth ?? Auth);

    /// <summary>
    /// The request from key–value pairs (front matter keys or item metadata names, without case): method, path (a
    /// full URL is split into server and path), server, mediaType (content-type), auth (basic or bearer). Values that
    /// are no method, path, URL, media type or scheme are left out.
    /// </summary>
    public static PageRequest From(Func<string, string?> value)
    {
        var method = value("method")?.Trim().ToUpperInvariant();
        var path = value("path")?.Trim();
        var server = value("server")?.Trim().TrimEnd('/');
        if (path is not null && path.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            var url = ReferenceUrl.Split(path);
            server ??= url.Server;
            path = url.Route;
        }

        var mediaType = (value("mediaType") ?? value("media-type") ?? value("content-type") ?? value("contentType"))?.Trim().ToLowerInvariant();
        var auth = (value("auth") ?? value("security"))?.Trim().ToLowerInvariant();
        return new PageRequest(
            method is "GET" or "POST" or "PUT" or "PATCH" or "DELETE" or "HEAD" or "OPTIONS" ? method : null,
            path is { Length: > 0 } && path[0] == '/' ? path : null,
            server is not null && (server.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || server.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ? server : null,
            mediaType is not null && mediaType.IndexOf('/') > 0 && mediaType.IndexOf(' ') < 0 ? mediaType : null,
            auth is "basic" or "bearer" ? auth : null);
    }
}
