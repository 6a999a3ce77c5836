/**
 * Use cases ({@code port.in}), the ports they need ({@code port.out}) and the services that join them; depends only on the domain and jakarta.validation.
 */
package org.sicredit.application;
