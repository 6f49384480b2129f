namespace ConferenceGen.Generator.Model;

/// <summary>What kind of value a type holds; the emitters map each kind to its C# type and runtime codec.</summary>
internal enum TypeKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTime,
    Rfc2822DateTime,
    Date,
    Guid,
    Uri,
    Bytes,

    /// <summary>A file part of a multipart body (<c>format: binary</c> inside an object).</summary>
    File,

    /// <summary>Any JSON value, kept as it came.</summary>
    Json,

    /// <summary>Raw bytes of a whole body.</summary>
    Stream,
    Object,
    Enum,
    Union,
    List,
    Map,
}

/// <summary>
/// A type as the API describes it: a kind, the name of a generated type, the item of a list or the value of
/// a map, and whether the schema allows null. No C# text: the emitters render it.
/// </summary>
/// <param name="Name">The generated type's name, for objects, enums and unions.</param>
/// <param name="Item">The item of a list or the value of a map.</param>
/// <param name="Nullable">Whether the schema allows null.</param>
/// <param name="OrEmpty">
/// Whether the schema also allows the empty string in place of the value (<c>anyOf: [X, {enum: [""]}]</c>, Stripe's
/// way to clear a field), for an object, a list or a map: an empty value stands for it.
/// </param>
internal sealed record TypeRef(TypeKind Kind, string? Name = null, TypeRef? Item = null, bool Nullable = false, bool OrEmpty = false)
{
    public static readonly TypeRef Any = new(TypeKind.Json);
    public static readonly TypeRef String = new(TypeKind.String);

    /// <summary>Whether the C# type is a struct (its nullable form is <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsValueType => Kind switch
    {
        TypeKind.String or TypeKind.Uri or TypeKind.Bytes or TypeKind.File or TypeKind.Stream
            or TypeKind.Object or TypeKind.Enum or TypeKind.Union or TypeKind.List or TypeKind.Map => false,
        _ => true,
    };

    /// <summary>
    /// Whether two types are one .NET type as overload resolution sees it: kinds read differently but held alike
    /// (an RFC 3339 and an RFC 2822 date-time) are one, a generated type is its name, and nullability is left out,
    /// which only errs towards telling overloads apart by name.
    /// </summary>
    public bool IsSameTypeAs(TypeRef other) =>
        Held(Kind) == Held(other.Kind)
        && Name == other.Name
        && (Item is null ? other.Item is null : other.Item is not null && Item.IsSameTypeAs(other.Item));

    private static TypeKind Held(TypeKind kind) => kind switch
    {
        TypeKind.Rfc2822DateTime => TypeKind.DateTime,
        TypeKind.Enum or TypeKind.Union => TypeKind.Object,
        _ => kind,
    };

    /// <summary>Whether a value is one piece of text on the wire (path, query, header, form field).</summary>
    public bool IsText => Kind is not (TypeKind.File or TypeKind.Stream or TypeKind.Object or TypeKind.Union or TypeKind.List or TypeKind.Map);

    /// <summary>A date or time, for naming comparison parameters (<c>DateCreated&lt;</c> is DateCreatedBefore).</summary>
    public bool IsTemporal => Kind is TypeKind.DateTime or TypeKind.Rfc2822DateTime or TypeKind.Date;

    /// <summary>A list of text values, such as a query array.</summary>
    public bool IsTextList => Kind == TypeKind.List && Item is { IsText: true, Nullable: false };

    /// <summary>The type in words, for diagnostics: its name, or its kind (<c>a list of String</c>).</summary>
    public string Describe() => Name ?? Kind switch
    {
        TypeKind.List => "a list of " + Item!.Describe(),
        TypeKind.Map => "a map of " + Item!.Describe(),
        var kind => kind.ToString(),
    };

    public TypeRef WithNullable(bool nullable) => nullable == Nullable ? this : this with { Nullable = nullable };

    public static TypeRef Named(TypeKind kind, string name) => new(kind, name);

    public static TypeRef ListOf(TypeRef item) => new(TypeKind.List, Item: item);

    public static TypeRef MapOf(TypeRef value) => new(TypeKind.Map, Item: value);
}
