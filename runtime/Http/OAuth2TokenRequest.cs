using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// One token request of the client credentials flow (RFC 6749 §4.4.2) and the reading of its reply (§5.1, §5.2).
/// Every failure is an <see cref="OAuth2TokenException"/> whose message names the endpoint by its path and never holds
/// the secret or a token.
/// </summary>
internal static class OAuth2TokenRequest
{
    // Token replies are a few kilobytes (a JWT and three fields); a longer one is not a token reply.
    private const int MaxReplySize = 1 << 20;

    public static async Task<AccessToken> SendAsync(OAuth2ClientCredentials credentials, TokenEndpoint endpoint)
    {
        using var request = Build(credentials, endpoint);
        var where = endpoint.Url.GetLeftPart(UriPartial.Path);
        HttpResponseMessage response;
        try
        {
            // Not the caller's cancellation: the request is shared by every call waiting for the token.
            response = await endpoint.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw Failure(credentials, endpoint, $"The token request to {where} failed: {e.Message}", null, null, null, e);
        }
        catch (OperationCanceledException e)
        {
            throw Failure(credentials, endpoint, $"The token request to {where} was cancelled: no answer within HttpClient.Timeout ({endpoint.Http.Timeout.TotalSeconds} s), or the HttpClient was disposed.", null, null, null, e);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var answered = $"The token request to {where} answered {status}{(string.IsNullOrEmpty(response.ReasonPhrase) ? "" : $" ({response.ReasonPhrase})")}";
            ResponseBuffer body;
            try
            {
                body = await ResponseBuffer.ReadAsync(response, endpoint.Http.Timeout, MaxReplySize, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ApiException or TimeoutException or OperationCanceledException or HttpRequestException)
            {
                throw Failure(credentials, endpoint, $"{answered}, but its body could not be read: {e.GetType().Name}.", status, null, null, e);
            }

            try
            {
                if (body.CutShort is { } cutShort)
                {
                    throw Failure(credentials, endpoint, $"{answered}, but the connection ended after {body.Length} bytes of its body.", status, null, null, cutShort);
                }

                return response.IsSuccessStatusCode
                    ? Token(credentials, endpoint, body.Span.ToArray(), answered, status)
                    : throw Refusal(credentials, endpoint, body.Span.ToArray(), answered, status);
            }
            finally
            {
                body.Return();
            }
        }
    }

    private static HttpRequestMessage Build(OAuth2ClientCredentials credentials, TokenEndpoint endpoint)
    {
        var form = new StringBuilder("grant_type=client_credentials");
        if (credentials.Scopes.Count > 0)
        {
            form.Append("&scope=").Append(FormEncoded(string.Join(" ", credentials.Scopes)));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
        if (credentials.ClientAuthentication == OAuth2ClientAuthentication.RequestBody)
        {
            form.Append("&client_id=").Append(FormEncoded(credentials.ClientId)).Append("&client_secret=").Append(FormEncoded(credentials.ClientSecret));
        }
        else
        {
            // RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and Base64-encoded.
            var pair = FormEncoded(credentials.ClientId) + ":" + FormEncoded(credentials.ClientSecret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }

        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(form.ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue(RequestBody.FormMediaType);
        request.Content = content;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (endpoint.UserAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", endpoint.UserAgent);
        }

        return request;
    }

    // application/x-www-form-urlencoded as FormWriter writes it: RFC 3986 unreserved characters kept, space as '+'.
    private static string FormEncoded(string text) => Uri.EscapeDataString(text).Replace("%20", "+");

    // RFC 6749 §5.1: access_token and token_type are required, expires_in is recommended. A reply without token_type
    // is taken as bearer (servers that leave it out issue bearer tokens); any other type cannot be sent as one.
    private static AccessToken Token(OAuth2ClientCredentials credentials, TokenEndpoint endpoint, byte[] body, string answered, int status)
    {
        string? value = null;
        string? type = null;
        double? expiresIn = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Failure(credentials, endpoint, $"{answered}, but its body is not a JSON object.", status, null, null, null);
            }

            foreach (var property in json.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "access_token" when property.Value.ValueKind == JsonValueKind.String:
                        value = property.Value.GetString();
                        break;
                    case "token_type" when property.Value.ValueKind == JsonValueKind.String:
                        type = property.Value.GetString();
                        break;
                    case "expires_in":
                        expiresIn = Seconds(property.Value);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            // The reader's message quotes no content, only where it stopped.
            throw Failure(credentials, endpoint, $"{answered}, but its body is not JSON: {e.Message}", status, null, null, null);
        }

        if (string.IsNullOrEmpty(value))
        {
            throw Failure(credentials, endpoint, $"{answered}, but its body has no access_token.", status, null, null, null);
        }

        if (type is not null && !string.Equals(type, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure(credentials, endpoint, $"{answered} with a token of type '{Shortened(type)}', which is not a bearer token.", status, null, null, null);
        }

        if (!HeaderValue.CanBeSent(value!))
        {
            throw Failure(credentials, endpoint, $"{answered} with an access_token that cannot be sent in a header (it contains a line break or NUL).", status, null, null, null);
        }

        var lifetime = expiresIn is { } seconds ? TimeSpan.FromSeconds(Math.Min(Math.Max(seconds, 0), int.MaxValue)) : credentials.AssumedTokenLifetime;
        return new AccessToken(value!, credentials.TimeProvider.GetUtcNow() + lifetime - RenewalMargin(lifetime));
    }

    /// <summary>How long before it expires a token is renewed: a tenth of its lifetime, at most a minute.</summary>
    internal static TimeSpan RenewalMargin(TimeSpan lifetime) => TimeSpan.FromTicks(Math.Min(lifetime.Ticks / 10, TimeSpan.TicksPerMinute));

    // A number of seconds, or (as some servers send it) a string holding one; anything else is as good as absent.
    private static double? Seconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDouble(out var number) => number,
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    // RFC 6749 §5.2: error, error_description. Only those are taken from the body: it is not kept whole.
    private static OAuth2TokenException Refusal(OAuth2ClientCredentials credentials, TokenEndpoint endpoint, byte[] body, string answered, int status)
    {
        string? error = null;
        string? description = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                error = Text(json.RootElement, "error");
                description = Text(json.RootElement, "error_description");
            }
        }
        catch (JsonException)
        {
            // Not the JSON error of §5.2 (an HTML page from a proxy): the status says enough.
        }

        error = Redacted(credentials, error);
        description = Redacted(credentials, description);
        var said = error is null ? "." : $": {Shortened(error)}{(description is null ? "" : " (" + Shortened(description) + ")")}.";
        return Failure(credentials, endpoint, answered + said, status, error, description, null);
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // A server that echoes what it received must not put the secret into the exception.
    private static string? Redacted(OAuth2ClientCredentials credentials, string? text) =>
        text is null || credentials.ClientSecret.Length == 0 ? text : text.Replace(credentials.ClientSecret, "[redacted]");

    private static string Shortened(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "…";

    private static OAuth2TokenException Failure(OAuth2ClientCredentials credentials, TokenEndpoint endpoint, string message, int? status, string? error, string? description, Exception? inner) =>
        new(Redacted(credentials, message)!, endpoint.Url, status, error, description, inner);
}
