package modularityfixture.second;

/** An API type of the second module. */
public class Second {
}
