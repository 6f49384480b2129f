using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ConferenceGen.Sample;

/// <summary>Prints each request as it leaves and each reply as it arrives; credentials are masked.</summary>
internal sealed class WireLog : DelegatingHandler
{
    private static readonly string[] Secret = ["Authorization", "Proxy-Authorization", "Cookie"];

    public WireLog()
        : base(new HttpClientHandler())
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  > {request.Method} {request.RequestUri}");
        foreach (var header in request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>>()))
        {
            var value = Secret.Contains(header.Key, StringComparer.OrdinalIgnoreCase) ? Mask(string.Join(", ", header.Value)) : string.Join(", ", header.Value);
            Console.WriteLine($"  > {header.Key}: {value}");
        }

        if (request.Content is not null)
        {
            Console.WriteLine($"  > {await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"  < {(int)response.StatusCode} {response.ReasonPhrase}");
        return response;
    }

    // Keeps the scheme so the reader sees which kind of credentials went out.
    private static string Mask(string value) => value.Split(' ', 2)[0] + " ***";
}
