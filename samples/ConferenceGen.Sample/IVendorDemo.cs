using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace ConferenceGen.Sample;

/// <summary>One vendor's part of the sample: how its embedded stand-in answers, and the calls the sample makes.</summary>
internal interface IVendorDemo
{
    /// <summary>The name used on the command line.</summary>
    string Name { get; }

    string Title { get; }

    /// <summary>Environment variables the live mode reads (credentials and ids).</summary>
    string[] LiveVariables { get; }

    /// <summary>What the vendor answers to a request, as its documentation shows; null when the request is not this vendor's.</summary>
    (int Status, string? Json)? Answer(HttpListenerRequest request, string body);

    /// <summary>Makes the calls. <paramref name="server"/> is the embedded server, or null for the real API (credentials from the environment).</summary>
    Task RunAsync(HttpClient http, Uri? server);
}
