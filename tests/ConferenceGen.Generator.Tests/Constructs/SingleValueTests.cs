using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>
/// Schemas that allow one value (single-values.yaml, Stripe's and Twilio's forms of them): no type each, a required
/// one fixed and sent unset, a boolean one a JSON boolean, a required parameter a constant of the request, and a
/// reply's value read as it came.
/// </summary>
public sealed class SingleValueTests
{
    private const string Namespace = "Tests.SingleValues";

    [Fact]
    public void No_value_of_one_allowed_value_declares_a_type()
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load("single-values.yaml"));

        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(result.Sources.Values, source => source.Contains("ApiEnum<", StringComparison.Ordinal));
    }

    [Fact]
    public void A_boolean_of_one_allowed_value_is_read_as_a_boolean_and_any_value_the_reply_holds_arrives()
    {
        using var generated = Generated.Compile("single-values.yaml", Namespace);

        dynamic deleted = generated.Parse("DeletedCustomer", """{"id":"cus_1","object":"customer","deleted":true}""");
        dynamic odd = generated.Parse("DeletedCustomer", """{"id":"cus_1","object":"customer.v2","deleted":false}""");

        Assert.Equal(typeof(bool), generated.Type("DeletedCustomer").GetProperty("Deleted")!.PropertyType);
        Assert.True((bool)deleted.Deleted);
        Assert.Equal(("customer.v2", false), ((string)odd.Object, (bool)odd.Deleted));
        generated.AssertRoundTrip("DeletedCustomer", """{"id":"cus_1","object":"customer","deleted":true}""");
    }

    [Fact]
    public async Task A_required_parameter_of_one_allowed_value_is_sent_though_the_method_has_no_parameter_for_it()
    {
        using var generated = Generated.Compile("single-values.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"id":"cus_1","object":"customer"}"""));
        using var http = new HttpClient();
        var client = generated.Client("SingleValuesClient", server, http);
        dynamic body = generated.New("UpdateCustomerRequest");
        body.Validate = true;
        body.TaxExempt = "none";

        await client.UpdateCustomerAsync("cus_1", body);

        var method = ((object)client).GetType().GetMethod("UpdateCustomerAsync")!;
        Assert.DoesNotContain(method.GetParameters(), p => p.Name == "apiVersion");
        var request = server.SingleRequest();
        Assert.Equal("/v1/customers/cus_1?api_version=2024-06-20", request.Target);
        Assert.Equal("tax_exempt=none&validate=true", request.BodyText);
    }

    [Fact]
    public async Task Optional_values_of_one_allowed_value_are_not_sent_unless_set()
    {
        using var generated = Generated.Compile("single-values.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """{"id":"cus_1","object":"customer"}"""));
        using var http = new HttpClient();

        await generated.Client("SingleValuesClient", server, http).UpdateCustomerAsync("cus_1", generated.New("UpdateCustomerRequest"));

        Assert.Equal(string.Empty, server.SingleRequest().BodyText);
        Assert.Equal(typeof(bool?), generated.Type("UpdateCustomerRequest").GetProperty("Validate")!.PropertyType);
    }
}
