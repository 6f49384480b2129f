using System.Net.Http;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Building.Operations;

/// <summary>The model's <see cref="HttpVerb"/> of an operation's method as OpenAPI.NET reads it.</summary>
internal static class Verbs
{
    public static HttpVerb Of(HttpMethod method) => method.Method.ToUpperInvariant() switch
    {
        "GET" => HttpVerb.Get,
        "PUT" => HttpVerb.Put,
        "POST" => HttpVerb.Post,
        "DELETE" => HttpVerb.Delete,
        "OPTIONS" => HttpVerb.Options,
        "HEAD" => HttpVerb.Head,
        "PATCH" => HttpVerb.Patch,
        "TRACE" => HttpVerb.Trace,
        "QUERY" => HttpVerb.Query,
        _ => HttpVerb.Extension,
    };
}
