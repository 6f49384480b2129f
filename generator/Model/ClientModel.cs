namespace ConferenceGen.Generator.Model;

/// <summary>The client class and its options class.</summary>
/// <param name="Name">Client class name.</param>
/// <param name="InterfaceName">The interface every operation is declared on too, for code that takes a client and for its fakes.</param>
/// <param name="OptionsName">Options class name.</param>
/// <param name="Title">The API's title, for documentation.</param>
/// <param name="Server">The default server.</param>
/// <param name="ServerVariables">Every server variable, of the default and of operation servers, in the order met.</param>
/// <param name="Credentials">One options property per security scheme.</param>
internal sealed record ClientModel(
    string Name,
    string InterfaceName,
    string OptionsName,
    string? Title,
    string? Description,
    ServerModel Server,
    EquatableArray<ServerVariableModel> ServerVariables,
    EquatableArray<CredentialModel> Credentials);
