namespace ConferenceGen.Generator.Model;

/// <summary>Which statuses a reply case matches.</summary>
internal enum StatusMatchKind
{
    /// <summary>One status code.</summary>
    Code,

    /// <summary>A hundred codes, such as 4XX.</summary>
    Range,

    /// <summary>Every status no other case matches.</summary>
    Default,
}

/// <summary>The statuses of a reply case: a code, the range starting at <paramref name="Code"/>, or the default.</summary>
internal sealed record StatusMatch(StatusMatchKind Kind, int Code)
{
    public static readonly StatusMatch Default = new(StatusMatchKind.Default, 0);

    public static readonly StatusMatch AnySuccess = new(StatusMatchKind.Range, 200);
}

/// <summary>What a reply case does.</summary>
internal enum ReplyAction
{
    /// <summary>Returns the JSON body read as the return type.</summary>
    ReturnJson,

    /// <summary>Returns null: a success without a body where others have one.</summary>
    ReturnNull,

    /// <summary>Returns, for methods without a result.</summary>
    ReturnVoid,

    /// <summary>Returns the body as a stream, unread.</summary>
    ReturnStream,

    /// <summary>Throws an ApiException carrying the documented error body, read.</summary>
    ThrowTyped,

    /// <summary>Throws an ApiException with the raw body.</summary>
    Throw,

    /// <summary>Throws an ApiException for a documented success the method cannot return.</summary>
    ThrowUnexpected,
}

/// <summary>A case of the reply switch.</summary>
/// <param name="Type">The model read from the body, for <see cref="ReplyAction.ReturnJson"/> and <see cref="ReplyAction.ThrowTyped"/>.</param>
/// <param name="Description">The spec's description of the reply.</param>
internal sealed record ReplyCase(StatusMatch Status, ReplyAction Action, TypeRef? Type, string? Description);
