using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.CallBenchmarks;

/// <summary>What a careful developer writes by hand for the same call: FormUrlEncodedContent, and System.Text.Json's source generator.</summary>
public sealed class HandWrittenTwilio(HttpClient http, string accountSid, string authToken)
{
    private static readonly string UserAgent = ConferenceGen.Runtime.Http.ApiClientOptions.DefaultUserAgent;

    private readonly AuthenticationHeaderValue _authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(accountSid + ":" + authToken)));

    public async Task<HandWrittenConference> EndConferenceAsync(string conferenceSid, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"https://api.twilio.com/2010-04-01/Accounts/{Uri.EscapeDataString(accountSid)}/Conferences/{Uri.EscapeDataString(conferenceSid)}.json")
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("Status", "completed")]),
        };
        request.Headers.Authorization = _authorization;

        // The headers the generated client sends too, so that both do the same work.
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return (await JsonSerializer.DeserializeAsync(stream, HandWrittenJson.Default.HandWrittenConference, cancellationToken).ConfigureAwait(false))!;
    }
}

public sealed class HandWrittenConference
{
    [JsonPropertyName("account_sid")] public string? AccountSid { get; set; }
    [JsonPropertyName("api_version")] public string? ApiVersion { get; set; }
    [JsonPropertyName("call_sid_ending_conference")] public string? CallSidEndingConference { get; set; }
    [JsonPropertyName("date_created")] public string? DateCreated { get; set; }
    [JsonPropertyName("date_updated")] public string? DateUpdated { get; set; }
    [JsonPropertyName("friendly_name")] public string? FriendlyName { get; set; }
    [JsonPropertyName("reason_conference_ended")] public string? ReasonConferenceEnded { get; set; }
    [JsonPropertyName("region")] public string? Region { get; set; }
    [JsonPropertyName("sid")] public string? Sid { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("subresource_uris")] public Dictionary<string, string>? SubresourceUris { get; set; }
    [JsonPropertyName("uri")] public string? Uri { get; set; }
}

[JsonSerializable(typeof(HandWrittenConference))]
internal sealed partial class HandWrittenJson : JsonSerializerContext;
