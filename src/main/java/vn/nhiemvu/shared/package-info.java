/** Small value types and the base of refusals shared by every module; no rules, no beans. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.nhiemvu.shared;
