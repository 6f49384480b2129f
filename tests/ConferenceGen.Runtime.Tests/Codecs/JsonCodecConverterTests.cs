using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>
/// One converter for every generated type: the type's attribute names <see cref="JsonCodecConverter{T}"/>, which
/// finds the type's codec itself, so <see cref="JsonSerializer"/> reads and writes models, enums and unions (nested
/// in another type or not) in their wire form, inside the user's own types too.
/// </summary>
public sealed class JsonCodecConverterTests
{
    [Fact]
    public void A_model_naming_the_converter_round_trips_through_JsonSerializer()
    {
        var json = JsonSerializer.Serialize(new Room { Name = "Q3 review", Seats = 12 });
        var room = JsonSerializer.Deserialize<Room>(json)!;

        Assert.Equal("""{"room_name":"Q3 review","seats":12}""", json);
        Assert.Equal(("Q3 review", 12), (room.Name, room.Seats));
    }

    [Fact]
    public void An_enum_and_a_union_naming_the_converter_round_trip_inside_the_users_own_type()
    {
        var booking = new Booking(Level.Loud, new Seat(7L));

        var json = JsonSerializer.Serialize(booking);
        var read = JsonSerializer.Deserialize<Booking>(json)!;

        Assert.Equal("""{"Level":"loud","Seat":7}""", json);
        Assert.Same(Level.Loud, read.Level);
        Assert.Equal(7L, read.Seat.Value);
    }

    [Fact]
    public void A_type_nested_in_another_finds_its_codec_too()
    {
        var json = JsonSerializer.Serialize(new Outer.Inner { Note = "nested" });

        Assert.Equal("""{"note":"nested"}""", json);
        Assert.Equal("nested", JsonSerializer.Deserialize<Outer.Inner>(json)!.Note);
    }

    [Fact]
    public void A_type_without_a_codec_is_a_clear_error_naming_the_type()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new JsonCodecConverter<NoCodec>());

        Assert.Contains(typeof(NoCodec).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("has no codec", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serializing_a_type_without_a_codec_fails_with_that_error()
    {
        // System.Text.Json builds the converter named in the attribute by reflection, which wraps what its constructor throws.
        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => JsonSerializer.Serialize(new NoCodec()));

        var inner = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains(typeof(NoCodec).FullName + " has no codec", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_codec_of_a_type_built_first_does_not_replace_the_types_own()
    {
        var other = new ModelCodec<Lamp>("Other lamp", () => new Lamp(), () => [new("other", StringCodec.Instance)]);
        var own = OwnLampCodec();

        var json = JsonSerializer.Serialize(new Lamp { On = true });

        Assert.NotSame(own, other);
        Assert.Equal("""{"on":true}""", json);
    }

    // In a method of its own, so that reading Lamp.Codec cannot run Lamp's static initialiser before the test builds the other codec.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ModelCodec<Lamp> OwnLampCodec() => Lamp.Codec;

    [JsonConverter(typeof(JsonCodecConverter<Room>))]
    private sealed class Room : ApiModel
    {
        public static readonly ModelCodec<Room> Codec = new("Room", () => new Room(), () =>
        [
            new("room_name", StringCodec.Instance),
            new("seats", Int32Codec.Instance),
        ]);

        public Room() : base(2) { }

        public string? Name { get => (string?)Slot(0); set => SetSlot(0, value); }

        public int? Seats { get => (int?)Slot(1); set => SetSlot(1, value); }
    }

    [JsonConverter(typeof(JsonCodecConverter<Level>))]
    private sealed class Level : ApiEnum<Level, string>
    {
        public static readonly Level Quiet = new("quiet");
        public static readonly Level Loud = new("loud");
        public static readonly EnumCodec<Level, string> Codec = new(StringCodec.Instance, static value => new(value), "Level", false, Quiet, Loud);

        public Level(string value) : base(value) { }
    }

    [JsonConverter(typeof(JsonCodecConverter<Seat>))]
    private sealed class Seat : JsonUnion
    {
        public static readonly UnionCodec<Seat> Codec = new(static json => new Seat(json), static () => [new(StringCodec.Instance), new(Int64Codec.Instance)]);

        private Seat(JsonElement json) : base(json) { }

        public Seat(long value) : base(value, 1) { }
    }

    private sealed record Booking(Level Level, Seat Seat);

    private static class Outer
    {
        [JsonConverter(typeof(JsonCodecConverter<Inner>))]
        public sealed class Inner : ApiModel
        {
            public static readonly ModelCodec<Inner> Codec = new("Inner", () => new Inner(), () => [new("note", StringCodec.Instance)]);

            public Inner() : base(1) { }

            public string? Note { get => (string?)Slot(0); set => SetSlot(0, value); }
        }
    }

    [JsonConverter(typeof(JsonCodecConverter<Lamp>))]
    private sealed class Lamp : ApiModel
    {
        public static readonly ModelCodec<Lamp> Codec = new("Lamp", () => new Lamp(), () => [new("on", BooleanCodec.Instance)]);

        public Lamp() : base(1) { }

        public bool? On { get => (bool?)Slot(0); set => SetSlot(0, value); }
    }

    [JsonConverter(typeof(JsonCodecConverter<NoCodec>))]
    private sealed class NoCodec
    {
    }
}
