package vn.nhiemvu.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API description served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI nhiemVuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Nhiệm vụ API").version("v1")
                        .description("API của hệ thống theo dõi nhiệm vụ. Xác thực bằng HTTP Basic; lỗi trả về "
                                + "application/problem+json (RFC 9457) với trường detail tiếng Việt."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
