using System.Threading.Tasks;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Grpc.Core;
using NodaTime;
using DomainOutcome = CaiTien.Domain.Assessment.IndicatorResult;

namespace CaiTien.GrpcHost.Services;

internal sealed class AssessmentGrpcService : AssessmentService.AssessmentServiceBase
{
    private readonly IClock clock;

    public AssessmentGrpcService(IClock clock) => this.clock = clock;

    public override Task<V1.SchoolLevelEvaluation> EvaluateSchoolLevel(EvaluateSchoolLevelRequest request, ServerCallContext context)
    {
        var v = new Violations();
        FrameworkVersion? framework = ProtoMapper.ToFramework(request.Framework, "framework", v, null);
        v.ThrowIfAny();
        AssessmentSheet.Builder builder = AssessmentSheet.CreateBuilder(framework!);
        for (int i = 0; i < request.CriterionLevels.Count; i++)
        {
            var c = request.CriterionLevels[i];
            var id = CriterionId.Parse(c.Criterion);
            if (!id.Success || !builder.TrySetCriterionLevel(id.Value, c.Level))
            {
                v.Add($"criterion_levels[{i}]", $"Tiêu chí \"{c.Criterion}\" không có hoặc mức {c.Level} vượt mức cao nhất của nó",
                    $"Criterion \"{c.Criterion}\" is unknown or level {c.Level} is above its highest");
            }
        }
        for (int i = 0; i < request.IndicatorResults.Count; i++)
        {
            var r = request.IndicatorResults[i];
            var id = CriterionId.Parse(r.Criterion);
            var key = IndicatorKey.Parse(r.Key);
            if (Outcome(r.Outcome, $"indicator_results[{i}].outcome", v) is not { } outcome)
            {
                continue;
            }
            if (!id.Success || !key.Success || r.Level is < 1 or > Level.MaxValue || !builder.TrySet(id.Value, new Level(r.Level), key.Value, outcome))
            {
                v.Add($"indicator_results[{i}]", $"Không có chỉ báo {r.Criterion} Mức {r.Level} {r.Key}", $"No indicator {r.Criterion} level {r.Level} {r.Key}");
            }
        }
        for (int i = 0; i < request.AdditionalResults.Count; i++)
        {
            var a = request.AdditionalResults[i];
            if (Outcome(a.Outcome, $"additional_results[{i}].outcome", v) is { } outcome && !builder.TrySetAdditional(a.Clause, outcome))
            {
                v.Add($"additional_results[{i}].clause", $"Không có khoản {a.Clause}", $"No clause {a.Clause}");
            }
        }
        v.ThrowIfAny();
        return Task.FromResult(ProtoMapper.ToProto(SchoolLevelEvaluator.Evaluate(builder.Build())));
    }

    public override Task<V1.RecognitionResult> EvaluateRecognition(EvaluateRecognitionRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (request.ExternalEvaluationLevel is < 0 or > Level.MaxValue)
        {
            v.Add("external_evaluation_level", $"Mức {request.ExternalEvaluationLevel} ngoài khoảng 0–4", $"Level {request.ExternalEvaluationLevel} is outside 0–4");
        }
        LocalDate? issued = ProtoMapper.ToDate(request.CertificateIssueDate, "certificate_issue_date", v);
        LocalDate? asOf = ProtoMapper.ToDate(request.AsOf, "as_of", v);
        v.ThrowIfAny();
        var result = RecognitionEvaluator.Evaluate(request.ExternalEvaluationLevel == 0 ? null : new Level(request.ExternalEvaluationLevel), request.CohortCompleted);
        var response = new V1.RecognitionResult { AccreditationGrade = (int)result.Grade, NationalStandardDegree = (int)result.Degree };
        foreach (var reason in result.Reasons)
        {
            response.ReasonsVi.Add(reason.Vietnamese);
            response.ReasonsEn.Add(reason.English);
        }
        if (issued is { } date)
        {
            var validity = new Domain.Assessment.CertificateValidity(date);
            LocalDate on = asOf ?? clock.GetCurrentInstant().InZone(HostTime.Zone).Date;
            response.Certificate = new V1.CertificateValidity
            {
                IssuedOn = ProtoMapper.ToProto(validity.IssuedOn), LastValidDay = ProtoMapper.ToProto(validity.LastValidDay),
                ReRegistrationDueBy = ProtoMapper.ToProto(validity.ReRegistrationDueBy), Status = EnumMaps.CertificateStatuses.ToProto(validity.StatusOn(on)),
            };
        }
        return Task.FromResult(response);
    }

    private static DomainOutcome? Outcome(V1.Outcome outcome, string field, Violations v)
    {
        DomainOutcome? result = EnumMaps.Outcomes.ToDomain(outcome);
        if (result is null)
        {
            v.Add(field, "Thiếu kết quả (MET, NOT_MET hoặc NOT_ASSESSED)", "The outcome is required (MET, NOT_MET or NOT_ASSESSED)");
        }
        return result;
    }
}
