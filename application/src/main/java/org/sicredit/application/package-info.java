/**
 * {@link org.sicredit.application.Sicredit}, the one door embedders use; the use cases ({@code port.in}), the ports
 * they need ({@code port.out}), the views they answer with ({@code view}), who may do what ({@code access}) and the
 * services that join them ({@code service}). Depends only on the domain and jakarta.validation.
 */
package org.sicredit.application;
