using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Testing;
using OrEmpty;

namespace ConferenceGen.EndToEnd.Tests.OrEmptyValues;

/// <summary>
/// Values a spec also allows as <c>""</c> to clear them (specs/or-empty.yaml, Stripe's idiom), on a socket: the
/// value's own type, an empty list, map or object sent as the empty field, and <c>""</c> in a reply read as empty.
/// </summary>
public sealed class OrEmptyWireTests
{
    private const string Customer = """{"id":"cus_1"}""";

    [Fact]
    public async Task Empty_values_clear_the_fields_and_others_are_sent_as_usual()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, Customer));
        using var http = new HttpClient();
        var client = Client(server, http);

        await client.UpdateCustomerAsync("cus_1", new UpdateCustomerRequest
        {
            Description = "",
            Metadata = new Dictionary<string, string>(),
            InvoiceSettings = new InvoiceSettings(),
            TaxRates = new List<string>(),
        });
        await client.UpdateCustomerAsync("cus_1", new UpdateCustomerRequest
        {
            Metadata = new Dictionary<string, string> { ["plan"] = "gold" },
            InvoiceSettings = new InvoiceSettings { Footer = "Thanks" },
            TaxRates = ["txr_1", "txr_2"],
        });

        Assert.Equal("description=&metadata=&invoice_settings=&tax_rates=", server.Requests.First().BodyText);
        Assert.Equal(
            "metadata%5Bplan%5D=gold&invoice_settings%5Bfooter%5D=Thanks&tax_rates%5B0%5D=txr_1&tax_rates%5B1%5D=txr_2",
            server.Requests.Last().BodyText);
    }

    [Fact]
    public async Task The_empty_string_in_a_reply_reads_as_an_empty_value()
    {
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"id":"cus_1","invoice_settings":"","tax_rates":""}"""));
        using var http = new HttpClient();

        var customer = await Client(server, http).UpdateCustomerAsync("cus_1");

        Assert.Null(customer.InvoiceSettings!.Footer);
        Assert.Empty(customer.TaxRates!);
    }

    private static OrEmptyClient Client(LoopbackHttpServer server, HttpClient http) =>
        new(http, new OrEmptyClientOptions { BaseAddress = server.BaseAddress });
}
