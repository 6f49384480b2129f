using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.EndToEnd.Tests.Infrastructure;
using ConferenceGen.Runtime.Http;
using ConferenceGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vendors.Twilio;

namespace ConferenceGen.EndToEnd.Tests.Production;

/// <summary>Generated clients register with one call on IHttpClientFactory, with options checked at start-up.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task A_registered_client_is_resolved_and_sends_through_the_factory()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"status":"completed"}"""));
        var services = new ServiceCollection();
        services.AddTwilioClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.AccountSidAuthToken = new BasicCredentials("AC1", "token");
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<TwilioClient>();
        var conference = await client.UpdateConferenceAsync("AC1", "CF1", new UpdateConferenceRequest { Status = "completed" });

        Assert.Equal(ConferenceStatus.Completed, conference.Status);
        Assert.Equal(Wire.Basic("AC1", "token"), server.SingleRequest().Header("Authorization"));
    }

    [Fact]
    public void The_builder_is_returned_so_handlers_can_be_added()
    {
        var services = new ServiceCollection();

        IHttpClientBuilder builder = services.AddTwilioClient(options => options.AccountSidAuthToken = new BasicCredentials("AC1", "token"));

        Assert.Equal(typeof(TwilioClient).FullName, builder.Name);
    }

    [Fact]
    public void Missing_server_variables_fail_start_up_with_a_message_that_says_what_to_set()
    {
        var services = new ServiceCollection();
        Vendors.SignalWire.SignalWireClientServiceCollectionExtensions.AddSignalWireClient(services, options => options.SignalWireBasicAuth = new BasicCredentials("project", "token"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("SignalWireClientOptions: Set Space: it fills {space} in the server https://{space}.signalwire.com/api/laml/2010-04-01 (or set BaseAddress).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_base_address_fails_start_up()
    {
        var services = new ServiceCollection();
        services.AddTwilioClient(options => options.BaseAddress = new Uri("/api", UriKind.Relative));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("BaseAddress must be an absolute URI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_options_pass_start_up()
    {
        var services = new ServiceCollection();
        Vendors.SignalWire.SignalWireClientServiceCollectionExtensions.AddSignalWireClient(services, options => options.Space = "example");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal("https://example.signalwire.com/api/laml/2010-04-01", provider.GetRequiredService<Vendors.SignalWire.SignalWireClient>().BaseAddress);
    }
}
