/**
 * The law as code: 沪人社规〔2018〕30号 and the Shanghai Social Credit Regulations in pure Java and vavr, nothing else.
 */
package org.sicredit.domain;
