namespace ConferenceGen.Generator.Model;

/// <summary>The client class and its options class.</summary>
/// <param name="Name">Client class name.</param>
/// <param name="OptionsName">Options class name.</param>
/// <param name="Docs">XML-escaped documentation lines.</param>
/// <param name="SpecFileName">The spec's file name, for documentation.</param>
/// <param name="Server">The default server.</param>
/// <param name="Credentials">One options property per security scheme.</param>
internal sealed record ClientModel(
    string Name,
    string OptionsName,
    EquatableArray<string> Docs,
    string SpecFileName,
    ServerModel Server,
    EquatableArray<ServerVariableModel> ServerVariables,
    EquatableArray<CredentialModel> Credentials);

/// <summary>The default server.</summary>
/// <param name="UrlDoc">The URL template, XML-escaped for documentation.</param>
/// <param name="Expression">C# expression building the URL from literals and escaped <c>options</c> values.</param>
internal sealed record ServerModel(string UrlDoc, string Expression);

/// <summary>A server variable, set through the options (required when the spec gives no default).</summary>
/// <param name="WireNameDoc">The variable's name in the URL template, XML-escaped.</param>
/// <param name="MissingMessageLiteral">What to say when the variable is required and not set, as a C# literal.</param>
internal sealed record ServerVariableModel(string PropertyName, string WireNameDoc, string? DefaultLiteral, string MissingMessageLiteral, EquatableArray<string> Docs);

/// <summary>An options property holding the credentials for one security scheme.</summary>
/// <param name="PropertyName">The options property.</param>
/// <param name="SchemeDoc">The scheme's name in the spec, XML-escaped.</param>
/// <param name="CredentialsType">The runtime credentials type, fully qualified.</param>
/// <param name="Kind">basic, bearer or apikey.</param>
/// <param name="ApiKeyLocation">For API keys: Header, Query or Cookie.</param>
/// <param name="ApiKeyNameLiteral">For API keys: the header, query or cookie name as a C# literal.</param>
internal sealed record CredentialModel(string PropertyName, string SchemeDoc, string CredentialsType, string Kind, string? ApiKeyLocation, string? ApiKeyNameLiteral, EquatableArray<string> Docs);
