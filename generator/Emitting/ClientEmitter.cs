using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Emitting.Views;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Emitting;

/// <summary>
/// Prepares the views of the client and options files and renders them through their templates: those files
/// are mostly fixed prose, which reads best as a template, while every decision is made here.
/// </summary>
internal static class ClientEmitter
{
    /// <summary>The client field holding one scheme's credentials.</summary>
    public static string CredentialsField(CredentialModel credential) => "_credentials" + credential.PropertyName;

    public static string EmitClient(ClientUnit unit, Syntax syntax)
    {
        var client = unit.Client;
        var view = new ClientView(
            Header(unit, syntax),
            (syntax.NamespaceEnd is { } end ? end + "\n" : string.Empty),
            DocText.Lines(client.Title, client.Description),
            DocText.Escape(client.Server.Url),
            GeneratedFile.GeneratedCodeAttribute,
            GeneratedFile.Keyword(unit.Scope.Visibility),
            client.Name,
            client.InterfaceName,
            client.OptionsName,
            ServerExpression.Of(client.Server, "options"),
            client.Credentials.Select(c => new CredentialFieldView(CredentialsType(c.Kind), CredentialsField(c), c.PropertyName)).ToList(),
            syntax.ThrowIfNull("httpClient"),
            syntax.ThrowIfNull("options"),
            syntax.StaticLambda);
        return TemplateRenderer.Render("Client", view);
    }

    public static string EmitOptions(OptionsUnit unit, Syntax syntax)
    {
        var client = unit.Client;
        var members = new List<OptionsMemberView>();
        foreach (var credential in client.Credentials)
        {
            var docs = new List<string> { "Credentials for the security scheme <c>" + DocText.Escape(credential.SchemeName) + "</c>." };
            docs.AddRange(DocText.Lines(credential.Description));
            docs.AddRange(ClientCredentialsDocs(credential));
            members.Add(new OptionsMemberView(docs, "public " + CredentialsType(credential.Kind) + "? " + credential.PropertyName + " { get; set; }"));
        }

        foreach (var variable in client.ServerVariables)
        {
            var docs = new List<string> { "The server variable <c>" + DocText.Escape(variable.WireName) + "</c>" + (variable.Default is null ? " (required: the spec gives no default)" : string.Empty) + "." };
            var allowed = variable.AllowedValues.Count > 0 ? "Allowed values: " + string.Join(", ", variable.AllowedValues) + "." : null;
            docs.AddRange(DocText.Lines(variable.Description, allowed));
            var initializer = variable.Default is { } value ? " = " + CSharpLiteral.String(value) + ";" : string.Empty;
            members.Add(new OptionsMemberView(docs, "public string? " + variable.PropertyName + " { get; set; }" + initializer));
        }

        var required = client.ServerVariables
            .Where(v => v.Default is null)
            .Select(v => new RequiredVariableView(v.PropertyName, CSharpLiteral.String("Set " + v.PropertyName + ": it fills {" + v.WireName + "} in the server " + client.Server.Url + " (or set BaseAddress).")))
            .ToList();
        var tokenUrls = client.Credentials
            .Where(c => c.TokenUrl is not null)
            .Select(c => new TokenUrlView(c.PropertyName, CSharpLiteral.String(c.TokenUrl!)))
            .ToList();
        var view = new OptionsView(Header(unit, syntax), (syntax.NamespaceEnd is { } end ? end + "\n" : string.Empty), GeneratedFile.GeneratedCodeAttribute, GeneratedFile.Keyword(unit.Scope.Visibility), client.OptionsName, client.Name, members, required, tokenUrls);
        return TemplateRenderer.Render("Options", view);
    }

    private static string Header(GeneratedUnit unit, Syntax syntax) => GeneratedFile.Start(unit.Scope, nameSpec: true, syntax).ToString().TrimEnd('\n');

    // What an OAuth 2 scheme with a client credentials flow takes, and where the tokens come from.
    private static IEnumerable<string> ClientCredentialsDocs(CredentialModel credential)
    {
        if (credential.Kind != CredentialKind.OAuth2ClientCredentials)
        {
            yield break;
        }

        yield return "<see cref=\"" + RuntimeNames.Http + "OAuth2ClientCredentials\"/> get tokens from "
            + (credential.TokenUrl is { } url ? "the spec's token URL <c>" + DocText.Escape(url) + "</c> unless their <c>TokenUrl</c> is set" : "their <c>TokenUrl</c> (the spec gives none)")
            + "; <see cref=\"" + RuntimeNames.Http + "BearerTokenCredentials\"/> send a token you have.";
        if (credential.Scopes.Count > 0)
        {
            yield return "Scopes the spec declares: " + DocText.Escape(string.Join(", ", credential.Scopes)) + ".";
        }
    }

    private static string CredentialsType(CredentialKind kind) => kind switch
    {
        CredentialKind.Basic => RuntimeNames.Http + "BasicCredentials",
        CredentialKind.Bearer => RuntimeNames.Http + "BearerTokenCredentials",
        CredentialKind.OAuth2ClientCredentials => RuntimeNames.Http + "AccessTokenCredentials",
        _ => RuntimeNames.Http + "ApiKeyCredentials",
    };
}
