namespace ConferenceGen.Runtime.Http;

/// <summary>
/// What every generated client interface (<c>ITwilioClient</c>) has besides its operations: views whose calls use
/// <see cref="ApiCallOptions"/>. Through it, <see cref="ApiReplies"/> reads a whole reply from any operation.
/// </summary>
/// <typeparam name="TClient">The generated client interface.</typeparam>
public interface IApiClient<out TClient>
{
    /// <summary>
    /// A view of this client whose calls send <paramref name="options"/>' headers, with its timeout and retry rule. It
    /// shares the client's HTTP client, credentials and options; making one costs an object.
    /// </summary>
    /// <param name="options">What every call of the view adds.</param>
    TClient With(ApiCallOptions options);
}
