/** Who changed what, when, from which value to which: the trail kept for every change. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.nhiemvu.audit;
