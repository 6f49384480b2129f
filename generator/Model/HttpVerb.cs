namespace ConferenceGen.Generator.Model;

/// <summary>An operation's HTTP method.</summary>
internal enum HttpVerb
{
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,

    /// <summary>OpenAPI 3.2's <c>query</c>: a safe request with a body.</summary>
    Query,

    /// <summary>Any other method a spec declares; <see cref="OperationModel.ExtensionVerb"/> names it.</summary>
    Extension,
}
