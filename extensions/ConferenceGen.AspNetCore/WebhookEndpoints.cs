using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConferenceGen.AspNetCore;

/// <summary>
/// Maps a generated webhook receiver to an endpoint: <c>app.MapWebhook("/twilio/conference", webhooks.ConferenceStatus, handler)</c>.
/// The endpoint answers the receiver's documented method only, reads the body once, checks the signature against the
/// URL the vendor called (answering 403, with no detail, when it fails), reads the typed payload and calls the handler,
/// whose delivery holds the payload, or the typed error of a body of another shape with the raw body kept. No
/// reflection and no parameter binding: a <see cref="RequestDelegate"/>, safe to trim and to compile ahead of time.
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>Maps <paramref name="receiver"/> at <paramref name="pattern"/>; the handler answers (a response it does not start is 204 No Content).</summary>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="pattern">The route (<c>/webhooks/twilio/conference</c>).</param>
    /// <param name="receiver">A generated receiver (a property of the generated <c>…Webhooks</c> class).</param>
    /// <param name="handler">Called for each verified request, with its delivery and the request's context.</param>
    /// <param name="options">The public URL behind a proxy, the body limit; defaults when null.</param>
    public static IEndpointConventionBuilder MapWebhook<TPayload>(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        WebhookReceiver<TPayload> receiver,
        Func<WebhookDelivery<TPayload>, HttpContext, Task> handler,
        WebhookEndpointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(handler);
        var settings = options ?? new WebhookEndpointOptions();
        return endpoints.MapMethods(pattern, new[] { receiver.Method }, context => HandleAsync(context, receiver, handler, settings));
    }

    private static async Task HandleAsync<TPayload>(HttpContext context, WebhookReceiver<TPayload> receiver, Func<WebhookDelivery<TPayload>, HttpContext, Task> handler, WebhookEndpointOptions options)
    {
        var body = await ReadBodyAsync(context.Request, options.MaxBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var request = new WebhookRequest(context.Request.Method, PublicUrl(context, options), Headers(context.Request), body);
        var delivery = receiver.Receive(request);
        if (!delivery.IsVerified)
        {
            // The reason goes to the log only: a caller who is not the vendor learns nothing from the reply.
            context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(typeof(WebhookEndpoints).FullName!)
                .LogWarning("Webhook {Webhook} refused: {Reason}.", receiver.Name, delivery.Verification.Failure);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await handler(delivery, context).ConfigureAwait(false);
        if (!context.Response.HasStarted && context.Response.StatusCode == StatusCodes.Status200OK && context.Response.ContentLength is null && context.Response.ContentType is null)
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        }
    }

    /// <summary>
    /// The URL the vendor called: the configured public base, or the request's scheme and host (as forwarded headers
    /// middleware leaves them), followed by the request target exactly as it arrived (the path and query the vendor
    /// signed, not a decoded and re-encoded form of them).
    /// </summary>
    internal static string PublicUrl(HttpContext context, WebhookEndpointOptions options)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target) || target[0] != '/')
        {
            target = request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        }

        if (options.PublicBaseUrl is { } publicBase)
        {
            // The proxy may have stripped the public URL's path prefix, or kept it (then it is the request's PathBase).
            var prefix = publicBase.AbsolutePath.TrimEnd('/');
            var pathBase = request.PathBase.ToUriComponent();
            if (prefix.Length > 0 && pathBase.Length > 0 && target.StartsWith(pathBase, StringComparison.Ordinal) && string.Equals(prefix, pathBase, StringComparison.Ordinal))
            {
                target = target.Substring(pathBase.Length);
            }

            return publicBase.GetLeftPart(UriPartial.Authority) + prefix + target;
        }

        return request.Scheme + "://" + request.Host.ToUriComponent() + target;
    }

    private static IEnumerable<KeyValuePair<string, string>> Headers(HttpRequest request) =>
        request.Headers.Select(header => new KeyValuePair<string, string>(header.Key, header.Value.ToString()));

    // The whole body, once, within the limit; null when it is larger.
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
