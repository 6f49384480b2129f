using System;

namespace ConferenceGen.Generator.Building;

/// <summary>How a media type is written and read.</summary>
internal static class MediaTypes
{
    public const string Json = "json";
    public const string Form = "form";
    public const string Stream = "stream";
    public const string Text = "text";

    /// <summary>json, form, stream, text; null for media types the client cannot produce (multipart for now).</summary>
    public static string? Classify(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        if (type == "application/json" || type == "text/json" || type.EndsWith("+json", StringComparison.Ordinal) || type == "*/*")
        {
            return Json;
        }

        if (type == "application/x-www-form-urlencoded")
        {
            return Form;
        }

        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return null;
        }

        if (type.StartsWith("text/", StringComparison.Ordinal))
        {
            return Text;
        }

        return Stream;
    }

    /// <summary>The Content-Type to send: the spec's media type, or JSON for a wildcard.</summary>
    public static string ContentType(string mediaType) => mediaType.Contains("*") ? "application/json" : mediaType;
}
