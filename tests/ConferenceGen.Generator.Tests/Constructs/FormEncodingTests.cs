using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>
/// Nested values in form bodies and query strings, on a real socket (form-encodings.yaml): <c>deepObject</c>
/// as <c>name[key]</c> and <c>name[0]</c>, unions as the text of the alternative they hold.
/// </summary>
public sealed class FormEncodingTests
{
    private const string Namespace = "Tests.FormEncodings";

    [Fact]
    public async Task A_deepObject_form_property_is_sent_as_bracketed_fields_to_any_depth()
    {
        using var generated = Generated.Compile("form-encodings.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "{\"id\":\"cus_1\"}"));
        using var http = new HttpClient();
        dynamic body = generated.New("CustomerForm");
        body.Name = "Ada";
        body.Metadata = new Dictionary<string, string> { ["plan"] = "pro", ["seat count"] = "3" };
        dynamic address = generated.New("CustomerFormAddress");
        address.Line1 = "1 Main St";
        body.Address = address;
        body.Items = Items(generated, ("price_a", 2), ("price_b", null));
        body.Expand = new List<string> { "invoice", "plan.product" };

        await generated.Client("FormEncodingsClient", server, http).CreateCustomerAsync(body);

        Assert.Equal(
            "name=Ada&metadata%5Bplan%5D=pro&metadata%5Bseat+count%5D=3&address%5Bline1%5D=1+Main+St"
            + "&items%5B0%5D%5Bprice%5D=price_a&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=price_b"
            + "&expand%5B0%5D=invoice&expand%5B1%5D=plan.product",
            server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task A_nested_form_property_without_an_encoding_entry_is_sent_as_its_JSON_text()
    {
        using var generated = Generated.Compile("form-encodings.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "{}"));
        using var http = new HttpClient();
        dynamic body = generated.New("CustomerForm");
        dynamic settings = generated.New("CustomerFormSettings");
        settings.Theme = "dark";
        body.Settings = settings;

        await generated.Client("FormEncodingsClient", server, http).CreateCustomerAsync(body);

        Assert.Equal("settings=%7B%22theme%22%3A%22dark%22%7D", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task A_union_form_property_is_sent_as_the_text_of_the_alternative_it_holds()
    {
        using var generated = Generated.Compile("form-encodings.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "{}"));
        using var http = new HttpClient();
        var client = generated.Client("FormEncodingsClient", server, http);
        var description = generated.Type("CustomerFormDescription");

        dynamic one = generated.New("CustomerForm");
        one.Description = (dynamic)Activator.CreateInstance(description, "a \"quoted\" note")!;
        await client.CreateCustomerAsync(one);
        dynamic several = generated.New("CustomerForm");
        several.Description = (dynamic)Activator.CreateInstance(description, (IList<string>)new List<string> { "first", "second" })!;
        await client.CreateCustomerAsync(several);

        Assert.Equal("description=a+%22quoted%22+note", server.Requests.ElementAt(0).BodyText);
        Assert.Equal("description=first&description=second", server.Requests.ElementAt(1).BodyText);
    }

    [Fact]
    public async Task A_oneOf_of_objects_is_a_form_body_with_the_fields_of_the_alternative_it_holds()
    {
        // method allows one value in each alternative: the type fixes it, nobody sets it, and it is sent.
        using var generated = Generated.Compile("form-encodings.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();
        var client = generated.Client("FormEncodingsClient", server, http);
        dynamic card = generated.New("CardPayment");
        dynamic details = generated.New("CardPaymentCard");
        details.Number = "4242";
        details.ExpMonth = 12;
        card.Card = details;
        dynamic bank = generated.New("BankPayment");
        bank.Account = "DE89";
        var request = generated.Type("CreatePaymentRequest");

        await client.CreatePaymentAsync((dynamic)Activator.CreateInstance(request, (object)card)!);
        await client.CreatePaymentAsync((dynamic)Activator.CreateInstance(request, (object)bank)!);

        Assert.Equal("application/x-www-form-urlencoded", server.Requests.ElementAt(0).Header("Content-Type"));
        Assert.Equal("method=card&card%5Bnumber%5D=4242&card%5Bexp_month%5D=12", server.Requests.ElementAt(0).BodyText);
        Assert.Equal("method=bank&account=DE89", server.Requests.ElementAt(1).BodyText);
    }

    [Fact]
    public async Task A_oneOf_of_objects_is_a_multipart_body_with_a_part_per_field()
    {
        using var generated = Generated.Compile("form-encodings.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();
        dynamic bank = generated.New("BankPayment");
        bank.Account = "DE89";
        var request = Activator.CreateInstance(generated.Type("CreatePaymentRequest"), (object)bank)!;
        var multipart = Enum.Parse(typeof(Runtime.Http.BodyFormat), "Multipart");

        await generated.Client("FormEncodingsClient", server, http).CreatePaymentAsync((dynamic)request, bodyFormat: (dynamic)multipart);

        var text = server.SingleRequest().BodyText;
        Assert.Contains("name=\"method\"\r\n\r\nbank\r\n", text, StringComparison.Ordinal);
        Assert.Contains("name=\"account\"\r\n\r\nDE89\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deepObject_multipart_property_is_a_part_per_bracketed_field()
    {
        using var generated = Generated.Compile("form-encodings.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();
        dynamic card = generated.New("CardPaymentCard");
        card.Number = "4242";
        card.ExpMonth = 12;
        dynamic payment = generated.New("CardPayment");
        payment.Card = card;
        var request = Activator.CreateInstance(generated.Type("CreatePaymentRequest"), (object)payment)!;
        var multipart = Enum.Parse(typeof(Runtime.Http.BodyFormat), "Multipart");

        await generated.Client("FormEncodingsClient", server, http).CreatePaymentAsync((dynamic)request, bodyFormat: (dynamic)multipart);

        // What Stripe's file upload reads (file_link_data[create]=true), not one JSON part.
        var text = server.SingleRequest().BodyText;
        Assert.Contains("name=\"card[number]\"\r\n\r\n4242\r\n", text, StringComparison.Ordinal);
        Assert.Contains("name=\"card[exp_month]\"\r\n\r\n12\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("application/json", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_map_is_a_form_body_with_a_field_per_entry()
    {
        using var generated = Generated.Compile("form-encodings.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();

        await generated.Client("FormEncodingsClient", server, http).SetLabelsAsync(new Dictionary<string, string> { ["team"] = "red", ["on call"] = "yes" });

        Assert.Equal("team=red&on+call=yes", server.SingleRequest().BodyText);
    }

    [Fact]
    public async Task A_deepObject_query_union_sends_its_object_alternative_bracketed_and_its_scalar_alternative_plain()
    {
        using var generated = Generated.Compile("form-encodings.yaml", Namespace);
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(204));
        using var http = new HttpClient();
        var client = generated.Client("FormEncodingsClient", server, http);
        var created = generated.Type("ListCustomersCreated");
        dynamic range = generated.New("RangeQuery");
        range.Gt = 1700000000;
        range.Lte = 1800000000;

        await client.ListCustomersAsync(created: (dynamic)Activator.CreateInstance(created, (object)range)!, expand: new List<string> { "data.plan" });
        await client.ListCustomersAsync(created: (dynamic)Activator.CreateInstance(created, 1700000000L)!);

        Assert.Equal("created%5Bgt%5D=1700000000&created%5Blte%5D=1800000000&expand%5B0%5D=data.plan", server.Requests.ElementAt(0).Query);
        Assert.Equal("created=1700000000", server.Requests.ElementAt(1).Query);
    }

    private static dynamic Items(Generated generated, params (string Price, int? Quantity)[] items)
    {
        var itemType = generated.Type("CustomerFormItemsItem");
        dynamic list = Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var (price, quantity) in items)
        {
            dynamic item = Activator.CreateInstance(itemType)!;
            item.Price = price;
            if (quantity is { } count)
            {
                item.Quantity = count;
            }

            list.Add(item);
        }

        return list;
    }
}
