/** A module that declares it needs no other module, yet uses one: the modularity check must refuse it. */
@ApplicationModule(allowedDependencies = {})
package modularityfixture.first;

import org.springframework.modulith.ApplicationModule;
