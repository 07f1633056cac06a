using Graph.Api.Contracts;

namespace Graph.Api.Features.Enterprises;

/// <summary>The firms related to one enterprise, ranked, one page of them.</summary>
public sealed record RelatedEnterprises(EntityRef Enterprise, Page<RelatedEnterprise> Related);
