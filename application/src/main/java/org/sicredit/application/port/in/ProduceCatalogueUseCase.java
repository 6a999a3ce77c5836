package org.sicredit.application.port.in;

import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import org.sicredit.domain.policy.Catalogue;
import org.sicredit.domain.rejection.Rejection;

import java.time.LocalDate;

/**
 * The catalogue (目录, 第五条第二款) and the serious list (清单, 第六条第二款) of the policy in force on a day, generated
 * from the policy so they never disagree with the rules that run. Public information: anyone may ask.
 */
public interface ProduceCatalogueUseCase {

    Either<Rejection, Catalogue> produce(Query query);

    record Query(@NotNull LocalDate on) {
    }
}
