using System.Collections;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>A <c>$ref</c> to any place in the document is the type of what is there, not a copy of it (pointers.yaml).</summary>
public sealed class PointerReferenceTests
{
    [Fact]
    public void A_pointer_into_another_operations_reply_is_that_replys_type()
    {
        using var generated = Generated.Compile("pointers.yaml", "Tests.Pointers");
        var client = generated.Type("PointersClient");

        var copy = client.GetMethod("CopyRoomAsync")!;
        Assert.Equal(generated.Type("GetRoomResponse"), copy.GetParameters()[1].ParameterType);
        Assert.Equal(typeof(int), copy.GetParameters()[0].ParameterType);
        Assert.Equal(typeof(int), client.GetMethod("GetRoomAsync")!.GetParameters()[0].ParameterType);
    }

    [Fact]
    public void A_pointer_into_a_component_is_the_type_the_component_declares_there()
    {
        using var generated = Generated.Compile("pointers.yaml", "Tests.Pointers");
        var call = generated.Type("Call");
        var listCalls = generated.Type("PointersClient").GetMethod("ListCallsAsync")!;

        // The reply and the component's property are one type, named after the property, although the operation meets it first.
        Assert.Equal(call.GetProperty("Recording")!.PropertyType, listCalls.ReturnType.GetGenericArguments()[0]);
        Assert.Equal(generated.Type("CallRecording"), call.GetProperty("Previous")!.PropertyType);

        // A component that is nothing but a pointer to a property names that property's type.
        Assert.Equal(generated.Type("CallStatus"), call.GetProperty("Status")!.PropertyType);
        Assert.Equal(generated.Type("CallStatus"), listCalls.GetParameters()[0].ParameterType);
    }

    [Fact]
    public void A_schema_that_refers_to_itself_by_pointer_nests()
    {
        using var generated = Generated.Compile("pointers.yaml", "Tests.Pointers");

        generated.AssertRoundTrip("Call", """{"chain":{"id":"a","next":{"id":"b","next":{"id":"c"}}}}""");
    }

    [Fact]
    public async Task A_call_whose_body_and_reply_are_given_by_pointers_sends_and_reads_them()
    {
        using var generated = Generated.Compile("pointers.yaml", "Tests.Pointers");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, """[{"label":"A1"},{"label":"A2"}]"""));
        using var http = new HttpClient();
        dynamic room = generated.New("GetRoomResponse");
        room.Name = "Main hall";

        var seats = (IList)await generated.Client("PointersClient", server, http).CopyRoomAsync(7, room);

        var request = server.SingleRequest();
        Assert.Equal("/rooms/7/copy", request.Path);
        Assert.Equal("""{"name":"Main hall"}""", request.BodyText);
        Assert.Equal(2, seats.Count);
        Assert.Equal("A2", ((dynamic)seats[1]!).Label);
    }
}
