namespace WebApp;

/// <summary>The action: one vote.</summary>
public sealed record Vote(string Option);

/// <summary>The body of POST /polls/vote.</summary>
public sealed record VoteRequest(string Option);
