namespace ConferenceGen.Generator.Model;

/// <summary>Where the link to the next page is.</summary>
internal enum NextLinkSource
{
    /// <summary>The reply's <c>Link</c> header (RFC 8288).</summary>
    LinkHeader,

    /// <summary>A property of the reply, reached through <see cref="PagingModel.NextPath"/>.</summary>
    Property,
}

/// <summary>An <c>IAsyncEnumerable</c> over all items of a list operation, following next-page links.</summary>
/// <param name="MethodName">The method name (ends in ItemsAsync).</param>
/// <param name="Page">The reply model of one page.</param>
/// <param name="Item">The type of one item.</param>
/// <param name="ItemsProperty">The page property holding the items, or null when the page is the list itself.</param>
/// <param name="NextPath">The C# property names leading from the page to the next link.</param>
/// <param name="NextIsUri">Whether the next link is typed as a URI rather than a string.</param>
/// <param name="NextWirePath">The next link's dotted wire path, for documentation.</param>
internal sealed record PagingModel(
    string MethodName,
    TypeRef Page,
    TypeRef Item,
    string? ItemsProperty,
    NextLinkSource NextSource,
    EquatableArray<string> NextPath,
    bool NextIsUri,
    string? NextWirePath)
{
    /// <summary>The private method that builds the operation's request, which the pager sends as the first page.</summary>
    public string RequestMethodName { get; init; } = string.Empty;

    /// <summary>The private method that reads a reply as the operation does, for every page.</summary>
    public string ReplyMethodName { get; init; } = string.Empty;
}
