package nl.rmt.intake.localstack.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.rmt.intake.localstack.provision.ProvisionedResources;
import nl.rmt.intake.localstack.template.IntrinsicResolver;
import nl.rmt.intake.localstack.template.StackSettings;
import nl.rmt.intake.localstack.template.TemplateModel;
import org.junit.jupiter.api.Test;

class RouteAuthorizersTest {

    @Test
    void aRouteMarkedAwsIamOnAnApiThatEnablesTheIamAuthorizerNeedsSigning() {
        Map<String, ApiRoute> routes = routes("""
                Resources:
                  HttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Auth:
                        EnableIamAuthorizer: true
                  DeskFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Desk
                      Events:
                        Cases:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref HttpApi
                            Path: /v1/desks/{region}/cases
                            Method: GET
                            Auth:
                              Authorizer: AWS_IAM
                        Intake:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref HttpApi
                            Path: /v1/regions/{region}/intakes
                            Method: POST
                """);

        assertThat(routes.get("Cases").authorizer()).isEqualTo(ApiRoute.IAM_AUTHORIZER);
        assertThat(routes.get("Cases").iamAuthorized()).isTrue();
        assertThat(routes.get("Intake").authorizer()).isEqualTo(ApiRoute.NO_AUTHORIZER);
        assertThat(routes.get("Intake").iamAuthorized()).isFalse();
    }

    @Test
    void theApisDefaultAuthorizerGuardsEveryRouteExceptThoseThatOptOutWithNone() {
        Map<String, ApiRoute> routes = routes("""
                Resources:
                  PartnerApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Auth:
                        EnableIamAuthorizer: true
                        DefaultAuthorizer: AWS_IAM
                  PartnerFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Partner
                      Events:
                        Feedback:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref PartnerApi
                            Path: /v1/partner/cases/{caseId}/feedback
                            Method: POST
                        ScopedFeedback:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref PartnerApi
                            Path: /v1/partner/cases/{caseId}/notes
                            Method: POST
                            Auth:
                              AuthorizationScopes: [notes]
                        Health:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref PartnerApi
                            Path: /health
                            Method: GET
                            Auth:
                              Authorizer: NONE
                """);

        assertThat(routes.get("Feedback").iamAuthorized()).isTrue();
        assertThat(routes.get("ScopedFeedback").iamAuthorized()).isTrue();
        assertThat(routes.get("Health").authorizer()).isEqualTo(ApiRoute.NO_AUTHORIZER);
    }

    @Test
    void globalsHttpApiSetTheImplicitApisDefaultAndMergeIntoDeclaredApis() {
        Map<String, ApiRoute> routes = routes("""
                Globals:
                  HttpApi:
                    Auth:
                      EnableIamAuthorizer: true
                      DefaultAuthorizer: AWS_IAM
                Resources:
                  DeclaredApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      StageName: $default
                  PartnerFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Partner
                      Events:
                        Implicit:
                          Type: HttpApi
                          Properties:
                            Path: /implicit
                            Method: GET
                        Declared:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref DeclaredApi
                            Path: /declared
                            Method: GET
                """);

        assertThat(routes.get("Implicit").iamAuthorized()).isTrue();
        assertThat(routes.get("Declared").iamAuthorized()).isTrue();
    }

    @Test
    void awsIamWithoutEnableIamAuthorizerIsServedAsIamButReportedAsSamRefusesIt() {
        FunctionReader reader = reader("""
                Resources:
                  HttpApi:
                    Type: AWS::Serverless::HttpApi
                  DeskFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Desk
                      Events:
                        Cases:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref HttpApi
                            Path: /v1/desks/{region}/cases
                            Method: GET
                            Auth:
                              Authorizer: AWS_IAM
                """);

        assertThat(routes(reader).get("Cases").iamAuthorized()).isTrue();
        assertThat(reader.problems()).singleElement().asString()
                .contains("Resources.DeskFunction.Properties.Events.Cases.Properties.Auth")
                .contains("GET /v1/desks/{region}/cases")
                .contains("EnableIamAuthorizer: true");
    }

    @Test
    void noneWithoutADefaultAuthorizerIsServedOpenButReportedAsSamRefusesIt() {
        FunctionReader reader = reader("""
                Resources:
                  IntakeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Intake
                      Events:
                        Submit:
                          Type: HttpApi
                          Properties:
                            Path: /v1/regions/{region}/intakes
                            Method: POST
                            Auth:
                              Authorizer: NONE
                """);

        assertThat(routes(reader).get("Submit").authorizer()).isEqualTo(ApiRoute.NO_AUTHORIZER);
        assertThat(reader.problems()).singleElement().asString()
                .contains("'NONE' is only a valid value when a DefaultAuthorizer on the API is specified");
    }

    @Test
    void aDefaultAuthorizerThatIsNotDefinedIsReportedOnceForTheApi() {
        FunctionReader reader = reader("""
                Resources:
                  HttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Auth:
                        DefaultAuthorizer: AWS_IAM
                  IntakeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Intake
                      Events:
                        Submit:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref HttpApi
                            Path: /v1/regions/{region}/intakes
                            Method: POST
                        Preview:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref HttpApi
                            Path: /v1/regions/{region}/intakes/preview
                            Method: POST
                """);

        assertThat(routes(reader).values()).allSatisfy(route -> assertThat(route.iamAuthorized()).isTrue());
        assertThat(reader.problems()).singleElement().asString()
                .contains("Resources.HttpApi.Properties.Auth")
                .contains("'AWS_IAM' was not defined");
    }

    @Test
    void aDeployableTemplateHasNoProblems() {
        FunctionReader reader = reader("""
                Resources:
                  HttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Auth:
                        EnableIamAuthorizer: true
                        DefaultAuthorizer: AWS_IAM
                  IntakeFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Intake
                      Events:
                        Submit:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref HttpApi
                            Path: /v1/regions/{region}/intakes
                            Method: POST
                            Auth:
                              Authorizer: NONE
                """);

        assertThat(routes(reader)).isNotEmpty();
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void aNamedJwtAuthorizerIsKeptByNameWithoutResolvingItsConfiguration() {
        Map<String, ApiRoute> routes = routes("""
                Resources:
                  HttpApi:
                    Type: AWS::Serverless::HttpApi
                    Properties:
                      Auth:
                        Authorizers:
                          DeskLogin:
                            JwtConfiguration:
                              issuer: !GetAtt UserPool.ProviderURL
                            IdentitySource: $request.header.Authorization
                  DeskFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.Desk
                      Events:
                        Cases:
                          Type: HttpApi
                          Properties:
                            ApiId: !Ref HttpApi
                            Path: /v1/desks/{region}/cases
                            Method: GET
                            Auth:
                              Authorizer: DeskLogin
                """);

        assertThat(routes.get("Cases").authorizer()).isEqualTo("DeskLogin");
        assertThat(routes.get("Cases").iamAuthorized()).isFalse();
    }

    private static Map<String, ApiRoute> routes(String yaml) {
        return routes(reader(yaml));
    }

    private static Map<String, ApiRoute> routes(FunctionReader reader) {
        return reader.read().stream()
                .flatMap(function -> function.events(ApiRoute.class).stream())
                .collect(Collectors.toMap(ApiRoute::name, route -> route));
    }

    private static FunctionReader reader(String yaml) {
        TemplateModel template = TemplateModel.parse(yaml, "test.yaml");
        ProvisionedResources none = ProvisionedResources.of(List.of());
        return new FunctionReader(template, new IntrinsicResolver(template, StackSettings.defaults(), none), none);
    }
}
