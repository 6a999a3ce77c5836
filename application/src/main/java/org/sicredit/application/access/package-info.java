/**
 * Who calls a use case, in which role and for which provider; what each role may do and see
 * (沪人社规〔2018〕30号 第四条: a provider maintains only its own records).
 */
package org.sicredit.application.access;
