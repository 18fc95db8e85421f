package relais.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of /api: who Relais is, how to log in (HTTP Basic or a personal token), and for every
 * operation a tag, a summary and a stable operationId. The table below is the one place that describes them, so
 * that the controllers stay free of documentation annotations; ApiDocumentationTests fails when an operation is
 * missing from it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String TOKEN = "personalToken";
    private static final String PROBLEM = "Problem";

    /** One operation's documentation. */
    record Described(String tag, String operationId, String summary) {
    }

    private static final Map<String, Described> OPERATIONS = new LinkedHashMap<>();

    private static void describe(String methodAndPath, String tag, String operationId, String summary) {
        OPERATIONS.put(methodAndPath, new Described(tag, operationId, summary));
    }

    static {
        describe("POST /api/companies", "Companies", "createCompany", "Record a client company");
        describe("PUT /api/companies/{id}", "Companies", "updateCompany", "Change a company's details");
        describe("GET /api/companies", "Companies", "searchCompanies", "Search companies by name or SIREN");
        describe("GET /api/companies/{id}", "Companies", "getCompany", "Read one company");
        describe("POST /api/groups", "Companies", "createGroup", "Record a group of companies");
        describe("GET /api/groups", "Companies", "listGroups", "List the groups of companies");

        describe("POST /api/people", "People", "createPerson", "Record a person of a client company (and their login)");
        describe("PUT /api/people/{id}", "People", "updatePerson", "Change a person's name or e-mail addresses");
        describe("POST /api/people/{id}/company-moves", "People", "movePerson", "Record that a person moved to another company");
        describe("GET /api/people", "People", "searchPeople", "Search people by name or e-mail address");
        describe("GET /api/people/{id}", "People", "getPerson", "Read one person with their employment history");

        describe("POST /api/freelancers", "Freelancers", "createFreelancer", "Record a freelancer (and their login)");
        describe("PUT /api/freelancers/{id}", "Freelancers", "updateFreelancer", "Change a freelancer's profile");
        describe("GET /api/freelancers", "Freelancers", "searchFreelancers", "Search freelancers by name, e-mail or skill");
        describe("GET /api/freelancers/{id}", "Freelancers", "getFreelancer", "Read one freelancer");
        describe("GET /api/me/freelancer", "Freelancers", "getMyFreelancerProfile", "Read the calling freelancer's own profile");

        describe("POST /api/missions", "Missions", "createMission", "Record an agreed mission");
        describe("PUT /api/missions/{id}", "Missions", "updateMission", "Change a mission's details");
        describe("POST /api/missions/{id}/start", "Missions", "startMission", "Mark a mission as started");
        describe("POST /api/missions/{id}/end", "Missions", "endMission", "End a mission on a given day");
        describe("POST /api/missions/{id}/cancel", "Missions", "cancelMission", "Cancel a mission on a given day");
        describe("GET /api/missions", "Missions", "listMissions", "List the missions the caller may see");
        describe("GET /api/missions/{id}", "Missions", "getMission", "Read one mission");

        describe("GET /api/me/direct-work", "Direct work", "getMyVerdict",
                "May I work directly with this person? (the calling freelancer)");
        describe("GET /api/freelancers/{id}/direct-work", "Direct work", "getFreelancerVerdict",
                "May this freelancer work directly with this person? (account manager)");
        describe("GET /api/me/protected-clients", "Direct work", "listMyProtectedClients",
                "List the calling freelancer's protected client relationships");
        describe("GET /api/freelancers/{id}/protected-clients", "Direct work", "listProtectedClients",
                "List a freelancer's protected client relationships");
        describe("GET /api/me/bound-freelancers", "Direct work", "listMyBoundFreelancers",
                "List the freelancers the calling client company is bound to work with through Relais");

        describe("POST /api/referrals", "Referrals", "declareReferral", "Declare that someone introduced a freelancer to a colleague");
        describe("GET /api/referrals/pending", "Referrals", "listPendingReferrals", "List referral declarations awaiting a decision");
        describe("GET /api/me/referral-declarations", "Referrals", "listMyReferralDeclarations",
                "List the referral declarations the caller made or is asked to confirm");
        describe("POST /api/referrals/{id}/confirm", "Referrals", "confirmReferral", "Confirm a referral declaration");
        describe("POST /api/referrals/{id}/decline", "Referrals", "declineReferral", "Decline a referral declaration");

        describe("POST /api/releases", "Releases", "recordRelease", "Release a protected relationship (buy-out, waiver, prior relationship)");

        describe("POST /api/policies", "Policies", "createPolicyVersion", "Set a new version of the protection rules");
        describe("GET /api/policies", "Policies", "listPolicyVersions", "List the versions of the protection rules");
        describe("POST /api/policies/{id}/retire", "Policies", "retirePolicyVersion", "Retire a policy version that has not taken effect");

        describe("POST /api/prior-relationships", "Prior relationships", "claimPriorRelationship",
                "Claim a relationship that existed before Relais");
        describe("GET /api/prior-relationships", "Prior relationships", "listPriorRelationships", "List prior-relationship claims");
        describe("POST /api/prior-relationships/{id}/accept", "Prior relationships", "acceptPriorRelationship",
                "Accept a prior-relationship claim");
        describe("POST /api/prior-relationships/{id}/reject", "Prior relationships", "rejectPriorRelationship",
                "Reject a prior-relationship claim");

        describe("POST /api/reports", "Reports", "fileReport", "Report that a client proposed to work directly");
        describe("GET /api/reports", "Reports", "listReports", "List go-direct reports");
        describe("GET /api/reports/{id}", "Reports", "getReport", "Read one report with its history");
        describe("POST /api/reports/{id}/reminders", "Reports", "sendReminder", "Send the client a reminder of the rules");
        describe("POST /api/reports/{id}/close", "Reports", "closeReport", "Close a report with its outcome");
        describe("POST /api/reports/{id}/notes", "Reports", "addReportNote", "Add a note to a report's history");
        describe("POST /api/reports/{id}/assign", "Reports", "assignReport", "Give a report to an account manager");
        describe("POST /api/reports/{id}/brief-proposals", "Reports", "proposeBrief",
                "Offer the client to bring the work onto Relais");
        describe("POST /api/reports/{id}/buyouts", "Buy-outs", "quoteReportBuyout", "Quote a buy-out for a report's relationship");

        describe("POST /api/buyouts", "Buy-outs", "quoteBuyout", "Quote the fee to buy out a protected relationship");
        describe("GET /api/buyouts/{id}", "Buy-outs", "getBuyout", "Read one buy-out");
        describe("POST /api/buyouts/{id}/override", "Buy-outs", "overrideBuyoutFee", "Change a buy-out's fee, with a reason");
        describe("POST /api/buyouts/{id}/paid", "Buy-outs", "markBuyoutPaid", "Record that a buy-out was paid");

        describe("GET /api/missions/{id}/messages", "Messages", "listMissionMessages", "Read a mission's conversation");
        describe("POST /api/missions/{id}/messages", "Messages", "sendMissionMessage", "Write in a mission's conversation");

        describe("POST /api/screening", "Screening", "screenText",
                "Find contact details, payment details and go-direct offers in a text");
    }

    static Map<String, Described> operations() {
        return OPERATIONS;
    }

    @Bean
    OpenAPI relaisOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "1" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("Relais API").version(version).description("""
                        The HTTP interface of Relais, the freelance platform that protects the relationships it brings \
                        about. Log in with HTTP Basic (your e-mail address and password) or with a personal token \
                        (`Authorization: Bearer rls_…`, created on the “My account” page). Errors are RFC 9457 \
                        problems (`application/problem+json`); invalid input lists each field in `errors`. Add \
                        `lang=fr` or `lang=en` to choose the language of texts and messages."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Your e-mail address and password"))
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("rls_…").description("A personal token from the “My account” page")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    @Bean
    OpenApiCustomizer relaisOperations() {
        return openApi -> {
            var tags = new LinkedHashMap<String, Tag>();
            OPERATIONS.values().forEach(d -> tags.putIfAbsent(d.tag(), new Tag().name(d.tag())));
            openApi.setTags(new java.util.ArrayList<>(tags.values()));
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                var described = OPERATIONS.get(method.name() + " " + path);
                if (described != null) {
                    operation.setTags(java.util.List.of(described.tag()));
                    operation.setOperationId(described.operationId());
                    operation.setSummary(described.summary());
                }
                addProblems(operation, method);
            }));
        };
    }

    private static void addProblems(Operation operation, PathItem.HttpMethod method) {
        var responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        // Spring Doc lists every status the exception handlers can answer; keep only the ones that apply, described.
        responses.keySet().removeIf(code -> code.startsWith("5"));
        problem(responses, "400", "Invalid input: `errors` names each field and what is wrong with it");
        problem(responses, "401", "Not logged in: give HTTP Basic credentials or a personal token");
        problem(responses, "403", "Your account may not do this");
        problem(responses, "404", "No such record, or not one you may see");
        if (method != PathItem.HttpMethod.GET) {
            problem(responses, "409", "The request clashes with the current state (duplicate, already decided…)");
        } else {
            responses.remove("409");
        }
        problem(responses, "429", "Too many requests: wait for the number of seconds in Retry-After");
    }

    private static void problem(io.swagger.v3.oas.models.responses.ApiResponses responses, String status, String description) {
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema field = new Schema<>().type("object").description("One field and what is wrong with it")
                .addProperty("field", new Schema<>().type("string"))
                .addProperty("message", new Schema<>().type("string"));
        return new Schema<>().type("object").description("An RFC 9457 problem, in the caller's language")
                .addProperty("type", new Schema<>().type("string"))
                .addProperty("title", new Schema<>().type("string"))
                .addProperty("status", new Schema<>().type("integer"))
                .addProperty("detail", new Schema<>().type("string"))
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(field));
    }
}
