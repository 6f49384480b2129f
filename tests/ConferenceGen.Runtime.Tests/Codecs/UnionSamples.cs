using System.Text.Json;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Tests.Codecs;

/// <summary>Hand-written types shaped as the generator writes them, for the union and model tests.</summary>
internal static class UnionSamples
{
    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Chooses among <paramref name="alternatives"/> as a union's codec does.</summary>
    public static int Choose(string json, out object? value, string? discriminator, params UnionAlternative[] alternatives) =>
        new UnionRule(() => alternatives, discriminator).Choose(Json(json), out value);
}

internal sealed class Email : ApiModel
{
    public static readonly ModelCodec<Email> Codec = new("Email", () => new Email(), () =>
    [
        new("kind", StringCodec.Instance, required: true, fixedValue: "email"),
        new("address", StringCodec.Instance, required: true),
        new("verified", BooleanCodec.Instance),
    ]);

    public Email() : base(3) { }

    public string Kind => (string?)Slot(0) ?? "email";

    public string Address { get => (string)Slot(1)!; set => SetSlot(1, value); }

    public bool? Verified { get => (bool?)Slot(2); set => SetSlot(2, value); }
}

internal sealed class Phone : ApiModel
{
    public static readonly ModelCodec<Phone> Codec = new("Phone", () => new Phone(), () =>
    [
        new("kind", StringCodec.Instance, required: true, fixedValue: "phone"),
        new("number", StringCodec.Instance, required: true),
    ]);

    public Phone() : base(2) { }

    public string Number { get => (string)Slot(1)!; set => SetSlot(1, value); }
}

/// <summary>A person and a company have the same required member: JSON with it fits both.</summary>
internal sealed class Person : ApiModel
{
    public static readonly ModelCodec<Person> Codec = new("Person", () => new Person(), () => [new("name", StringCodec.Instance, required: true), new("born", DateTimeOffsetCodec.Instance)]);

    public Person() : base(2) { }
}

internal sealed class Company : ApiModel
{
    public static readonly ModelCodec<Company> Codec = new("Company", () => new Company(), () => [new("name", StringCodec.Instance, required: true), new("vat", StringCodec.Instance)]);

    public Company() : base(2) { }
}

internal sealed class Color : ApiEnum<Color, string>
{
    public static readonly Color Red = new("red");
    public static readonly EnumCodec<Color, string> Codec = new(StringCodec.Instance, value => new Color(value), "Color", false, Red);

    public Color(string value) : base(value) { }
}

/// <summary>A union of an email, a phone, text and a number, with <c>kind</c> as its discriminator when asked.</summary>
internal sealed class Contact : JsonUnion
{
    public static readonly UnionCodec<Contact> Codec = new(json => new Contact(json), Describe);
    public static readonly UnionCodec<Contact> ByKind = new(json => new Contact(json), Describe, "kind");

    private Contact(JsonElement json) : base(json) { }

    public Contact(Email value) : base(value, 0) { }

    public Contact(long value) : base(value, 3) { }

    public bool TryGetEmail(out Email? value) => TryGet(0, out value);

    public bool TryGetInt64(out long value) => TryGet(3, out value);

    public Email? AsEmail() => AsClass<Email>(0);

    public long? AsInt64() => AsStruct<long>(3);

    private static UnionAlternative[] Describe() =>
        [new(Email.Codec, "email"), new(Phone.Codec, "phone"), new(StringCodec.Instance), new(Int64Codec.Instance)];
}
