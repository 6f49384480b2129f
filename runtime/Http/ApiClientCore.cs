using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Http;

/// <summary>
/// What every generated client shares: the base address, sending, credentials and reading replies.
/// A generated client holds one per instance; nothing here is static or global.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed partial class ApiClientCore
{
    private readonly HttpClient _httpClient;
    private readonly string _baseAddress;
    private readonly bool _baseAddressIsConfigured;
    private readonly bool _allowInsecureCredentials;
    private readonly long _maxResponseBufferSize;
    private readonly string? _userAgent;
    private readonly ApiCallOptions? _call;
    private readonly ApiClientOptions _options;

    /// <summary>Creates the shared part of a client.</summary>
    /// <param name="httpClient">The client that sends requests (from <c>IHttpClientFactory</c> or your own).</param>
    /// <param name="options">The client's options.</param>
    /// <param name="defaultServer">Builds the spec's server URL from the options' server variables; only called when neither the options nor the <see cref="HttpClient"/> set a base address.</param>
    public ApiClientCore(HttpClient httpClient, ApiClientOptions options, Func<string> defaultServer)
        : this(httpClient, options, defaultServer, call: null)
    {
    }

    /// <summary>Creates the shared part of a client view whose calls use <paramref name="call"/> (see <see cref="ApiCallOptions"/>).</summary>
    /// <param name="httpClient">The client that sends requests.</param>
    /// <param name="options">The view's options.</param>
    /// <param name="defaultServer">Builds the spec's server URL from the options' server variables.</param>
    /// <param name="call">What every call of the view adds, or null.</param>
    public ApiClientCore(HttpClient httpClient, ApiClientOptions options, Func<string> defaultServer, ApiCallOptions? call)
    {
        _call = call;
        Guard.NotNull(httpClient);
        Guard.NotNull(options);
        Guard.NotNull(defaultServer);
        _httpClient = httpClient;
        _options = options;
        _allowInsecureCredentials = options.AllowInsecureCredentials;
        _maxResponseBufferSize = options.MaxResponseBufferSize > 0
            ? options.MaxResponseBufferSize
            : throw new InvalidOperationException($"MaxResponseBufferSize must be at least 1 byte, not {options.MaxResponseBufferSize}.");
        _userAgent = UserAgentOf(options, httpClient);
        var configured = options.BaseAddress ?? httpClient.BaseAddress;
        _baseAddressIsConfigured = configured is not null;
        _baseAddress = Absolute(configured ?? new Uri(defaultServer(), UriKind.RelativeOrAbsolute));
    }

    /// <summary>The address that operation paths are appended to.</summary>
    public string BaseAddress => _baseAddress;

    /// <summary>
    /// Creates a request for a path (already percent-encoded), with the operation's <c>Accept</c> and the client's
    /// <c>User-Agent</c>. The path is appended to the base address, or to the operation's own server when the spec
    /// gives it one and no base address was configured.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="relativePath">The path and query, percent-encoded.</param>
    /// <param name="accept">The media types the operation's replies document, as the <c>Accept</c> header lists them (generated once, not per call).</param>
    /// <param name="operationServer">The operation's own server, or <c>null</c>.</param>
    public HttpRequestMessage CreateRequest(HttpMethod method, string relativePath, string accept, string? operationServer = null)
    {
        var root = operationServer is null || _baseAddressIsConfigured ? _baseAddress : Absolute(new Uri(operationServer, UriKind.RelativeOrAbsolute));
        var request = new HttpRequestMessage(method, ExactUri(string.Concat(root, relativePath)));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (_userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        }

        return request;
    }

    // Decided once: the HttpClient's own User-Agent wins, and null or empty in the options sends none.
    private static string? UserAgentOf(ApiClientOptions options, HttpClient httpClient)
    {
        if (string.IsNullOrEmpty(options.UserAgent) || httpClient.DefaultRequestHeaders.Contains("User-Agent"))
        {
            return null;
        }

        return UserAgentHeader.CanBeSent(options.UserAgent!)
            ? options.UserAgent
            : throw new ArgumentException(UserAgentHeader.Refusal, nameof(options));
    }

    // ExactUri(text): ApiClientCore.Uri.net8.cs, and ApiClientCore.Uri.netstandard.cs for netstandard2.0.

    /// <summary>
    /// Adds an API key where the spec's security scheme puts it. Refuses plain <c>http://</c> to a host other
    /// than loopback, like <see cref="AuthorizeAsync"/>.
    /// </summary>
    public void AuthorizeApiKey(HttpRequestMessage request, ApiKeyCredentials credentials, ApiKeyLocation location, string name)
    {
        Guard.NotNull(request);
        Guard.NotNull(credentials);
        EnsureSecureTransport(request.RequestUri!);
        switch (location)
        {
            case ApiKeyLocation.Header:
                request.Headers.TryAddWithoutValidation(name, credentials.Key);
                break;
            case ApiKeyLocation.Query:
                var uri = request.RequestUri!;
                var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
                request.RequestUri = ExactUri(string.Concat(uri.OriginalString, separator, Uri.EscapeDataString(name), "=", Uri.EscapeDataString(credentials.Key)));
                break;
            default:
                request.Headers.TryAddWithoutValidation("Cookie", string.Concat(name, "=", Uri.EscapeDataString(credentials.Key)));
                break;
        }
    }

    private string Absolute(Uri address)
    {
        if (!address.IsAbsoluteUri)
        {
            throw new InvalidOperationException(
                $"The spec's server '{address}' is relative: set BaseAddress in the client options (or on the HttpClient) to say where to send requests.");
        }

        return address.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>
    /// Adds credentials to a request. Refuses plain <c>http://</c> to a host other than loopback unless the
    /// options allow it, so that a mistyped base address cannot leak a secret.
    /// </summary>
    public ValueTask AuthorizeAsync(HttpRequestMessage request, ApiCredentials credentials, CancellationToken cancellationToken)
    {
        Guard.NotNull(request);
        Guard.NotNull(credentials);
        EnsureSecureTransport(request.RequestUri!);
        if (credentials is OAuth2ClientCredentials clientCredentials)
        {
            _sendsRenewableTokens = true;
            return clientCredentials.AuthorizeAsync(request, TokenEndpointOf(clientCredentials), cancellationToken);
        }

        return credentials.ApplyAsync(request, cancellationToken);
    }

    private void EnsureSecureTransport(Uri uri)
    {
        if (!_allowInsecureCredentials && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            throw new InvalidOperationException(
                $"Refusing to send credentials over plain http to {uri.Host}. Use https, or set AllowInsecureCredentials in the client options.");
        }
    }

    /// <summary>
    /// Sends a request; the reply's body is read by the caller. A view's call options apply (ApiClientCore.Calls.cs). A
    /// request with an OAuth 2 token goes once more with a fresh one when the API answers 401 (ApiClientCore.Tokens.cs).
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _sendsRenewableTokens && RequestMarks.RenewalOf(request) is { } renewal
            ? SendRenewingAsync(request, renewal, cancellationToken)
            : SendOnceAsync(request, cancellationToken);

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _call is null
            ? _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            : SendCallAsync(request, _call, cancellationToken);

    /// <summary>
    /// Every item of a list operation, page after page. The first page is <paramref name="firstRequest"/> (the
    /// generated operation's request, built as the operation builds it) and every page is read by
    /// <paramref name="readPage"/> (the operation's own reply handling, so documented errors throw as the operation
    /// throws them). The next page comes from the link the spec shows (<paramref name="nextLink"/>, such as Twilio's
    /// <c>next_page_uri</c>) or else from a <c>Link: &lt;…&gt;; rel="next"</c> header.
    /// </summary>
    public IAsyncEnumerable<TItem> PagesAsync<TPage, TItem>(
        Func<CancellationToken, Task<HttpRequestMessage>> firstRequest,
        Func<HttpResponseMessage, CancellationToken, Task<TPage>> readPage,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?>? nextLink,
        CancellationToken cancellationToken)
    {
        Guard.NotNull(firstRequest);
        Guard.NotNull(readPage);
        Guard.NotNull(items);
        return ApiPaging.ItemsAsync(this, firstRequest, readPage, items, nextLink, cancellationToken);
    }

    /// <summary>Reads a JSON reply into <typeparamref name="T"/>, or throws an <see cref="ApiException"/> that keeps the raw body.</summary>
    public async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonCodec<T> codec, CancellationToken cancellationToken)
    {
        Guard.NotNull(response);
        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            if (body.CutShort is { } cutShort)
            {
                throw new ApiException($"{Describe(response)}, but {CutShortText(body)}", ApiResponseInfo.From(response, body.ToArray()), cutShort);
            }

            if (TryReadJson(response, body.Span, codec, out var value, out var problem))
            {
                return value;
            }

            throw new ApiException(
                $"{Describe(response)}, but the body could not be read as {typeof(T).Name}: {problem!.Message}",
                ApiResponseInfo.From(response, body.ToArray()),
                problem);
        }
        finally
        {
            body.Return();
        }
    }

    /// <summary>A binary reply's body; the caller owns it, and disposing it releases the response.</summary>
    public static async Task<System.IO.Stream> TakeStreamAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Guard.NotNull(response);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new ResponseStream(stream, response);
    }

    /// <summary>The exception for a reply that the operation does not document as success, with no documented body.</summary>
    public async Task<ApiException> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Guard.NotNull(response);
        var (info, cutShort) = await CaptureAsync(response, cancellationToken).ConfigureAwait(false);
        return new ApiException($"{Describe(response)}{CutShortSuffix(info, cutShort)}.", info, cutShort);
    }

    /// <summary>The exception for a documented error reply, carrying the parsed error body when it can be read.</summary>
    public async Task<ApiException> ErrorAsync<TError>(HttpResponseMessage response, JsonCodec<TError> codec, CancellationToken cancellationToken)
    {
        Guard.NotNull(response);
        var (info, cutShort) = await CaptureAsync(response, cancellationToken).ConfigureAwait(false);
        if (cutShort is not null)
        {
            return new ApiException($"{Describe(response)}{CutShortSuffix(info, cutShort)}.", info, cutShort);
        }

        if (TryReadJson(response, info.Body, codec, out var error, out var problem))
        {
            return new ApiException<TError>($"{Describe(response)}.", info, error);
        }

        return new ApiException($"{Describe(response)}; its error body could not be read as {typeof(TError).Name}: {problem!.Message}", info, problem);
    }

    /// <summary>The exception for a success reply that is not the one the operation documents.</summary>
    public async Task<ApiException> UnexpectedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Guard.NotNull(response);
        var (info, cutShort) = await CaptureAsync(response, cancellationToken).ConfigureAwait(false);
        return new ApiException($"{Describe(response)}, which the operation does not document{CutShortSuffix(info, cutShort)}.", info, cutShort);
    }

    private async Task<(ApiResponseInfo Info, System.IO.IOException? CutShort)> CaptureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return (ApiResponseInfo.From(response, body.ToArray()), body.CutShort);
        }
        finally
        {
            body.Return();
        }
    }

    // HttpClient.Timeout stops at the headers when a reply is streamed, so reading the body gets a budget of its own
    // (the call's Timeout where it is shorter).
    private async ValueTask<ResponseBuffer> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var timeout = BodyTimeout;
        try
        {
            return await ResponseBuffer.ReadAsync(response, timeout, _maxResponseBufferSize, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            // The type HttpClient throws for its own timeout, so that one catch handles both.
            throw new TaskCanceledException($"{Describe(response)}, but its body did not arrive within {(timeout < _httpClient.Timeout ? "the call's Timeout" : "HttpClient.Timeout")} ({timeout.TotalSeconds} s).", e);
        }
    }

    private static string CutShortText(ResponseBuffer body) =>
        $"the connection ended after {body.Length} bytes of the body: {body.CutShort!.Message}";

    private static string CutShortSuffix(ApiResponseInfo info, System.IO.IOException? cutShort) =>
        cutShort is null ? "" : $", and the connection ended after {info.Body.Length} bytes of the body ({cutShort.Message})";

    private static bool TryReadJson<T>(HttpResponseMessage response, ReadOnlySpan<byte> body, JsonCodec<T> codec, out T value, out Exception? problem)
    {
        value = default!;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !IsJson(mediaType))
        {
            if (typeof(T) == typeof(string))
            {
                // A string documented under a media range (*/*) or as JSON, answered as text/plain: the text is the string.
                value = (T)(object)TextOf(response, body);
                problem = null;
                return true;
            }

            problem = new FormatException($"the content type is {mediaType}, not JSON");
            return false;
        }

        if (body.Length == 0)
        {
            problem = new FormatException("the body is empty");
            return false;
        }

        try
        {
            value = JsonCodec.ReadWhole(body, codec, "there is more content after the JSON value");
            problem = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            problem = e;
            return false;
        }
    }

    private static string TextOf(HttpResponseMessage response, ReadOnlySpan<byte> body)
    {
        var charset = response.Content.Headers.ContentType?.CharSet?.Trim('"');
        System.Text.Encoding encoding;
        try
        {
            encoding = string.IsNullOrEmpty(charset) ? System.Text.Encoding.UTF8 : System.Text.Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            encoding = System.Text.Encoding.UTF8;
        }

        return encoding.GetString(body.ToArray());
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static string Describe(HttpResponseMessage response) =>
        ApiException.Describe(response.RequestMessage?.Method ?? HttpMethod.Get, response.RequestMessage?.RequestUri, (int)response.StatusCode, response.ReasonPhrase);
}
