/**
 * What every page and API call share: the layout and home page, security (form login for people,
 * HTTP Basic for programs), locale, Vietnamese error pages and RFC 9457 problem+json errors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package vn.nhiemvu.web;
